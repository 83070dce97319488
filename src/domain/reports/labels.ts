import { LEVEL_LABELS } from '../grading/levels'
import { TITLE_LABELS } from '../grading/outcome'
import { BMI_BAND_LABELS } from '../health/bmiForAge'

/** Vietnamese names of every key the statistics count, for tables, charts and workbooks. */
export const REPORT_LABELS: Record<string, string> = {
  ...LEVEL_LABELS,
  incomplete: 'Chưa đủ dữ liệu',
  promoted: 'Lên lớp',
  completed: 'Hoàn thành chương trình THCS',
  'summer-reassessment': 'Kiểm tra lại trong hè',
  'summer-training': 'Rèn luyện trong hè',
  'kept-back': 'Ở lại lớp',
  'absences-over-limit': 'Nghỉ quá số buổi',
  graduated: 'Tốt nghiệp (rời trường)',
  'not-computed': 'Chưa tính',
  ...TITLE_LABELS,
  'no-title': 'Không có danh hiệu',
  reduced: 'Thị lực giảm',
  'no-refraction': 'Không mắc tật khúc xạ',
  ...BMI_BAND_LABELS,
  unknown: 'Không đủ số đo',
  myopia: 'Cận thị',
  hyperopia: 'Viễn thị',
  astigmatism: 'Loạn thị',
  male: 'Nam',
  female: 'Nữ',
}

export const reportLabel = (key: string): string => REPORT_LABELS[key] ?? key
