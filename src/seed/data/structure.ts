/** Departments (tổ chuyên môn) of the demo school; `head` is an account's e-mail. */
export const DEPARTMENTS = [
  { code: 'TOAN-TIN', name: 'Tổ Toán – Tin', head: 'totruong.toan@haugiang.test' },
  { code: 'XA-HOI', name: 'Tổ Ngữ văn – Lịch sử và Địa lí – GDCD', head: 'totruong.xahoi@haugiang.test' },
  { code: 'NGOAI-NGU', name: 'Tổ Ngoại ngữ', head: 'totruong.ngoaingu@haugiang.test' },
  { code: 'KHTN', name: 'Tổ Khoa học tự nhiên – Công nghệ', head: 'totruong.khtn@haugiang.test' },
  { code: 'NT-TC', name: 'Tổ Nghệ thuật – Thể chất – Trải nghiệm', head: 'totruong.nghethuat@haugiang.test' },
] as const

type SubjectSeed = {
  code: string
  name: string
  assessment: 'score' | 'comment'
  department: string
  /** Periods per year for grades 6, 7, 8, 9 (grading.md). */
  periods: [number, number, number, number]
  /** Teachers' e-mails; classes are shared out among them in order. */
  teachers: string[]
}

/** A row of the table below, in SubjectSeed's order. */
const subject = (
  code: string,
  name: string,
  assessment: SubjectSeed['assessment'],
  department: string,
  periods: SubjectSeed['periods'],
  teachers: string[],
): SubjectSeed => ({ code, name, assessment, department, periods, teachers })

/** The 2018 programme's subjects for THCS, as `grading.md` lists them. */
export const SUBJECTS: SubjectSeed[] = [
  subject('NV', 'Ngữ văn', 'score', 'XA-HOI', [140, 140, 140, 140], ['gv.van2@haugiang.test']),
  subject('TOAN', 'Toán', 'score', 'TOAN-TIN', [140, 140, 140, 140], ['gv.toan2@haugiang.test']),
  subject(
    'NN1',
    'Ngoại ngữ 1 (Tiếng Anh)',
    'score',
    'NGOAI-NGU',
    [105, 105, 105, 105],
    ['totruong.ngoaingu@haugiang.test', 'gv.anh@haugiang.test'],
  ),
  subject('GDCD', 'Giáo dục công dân', 'score', 'XA-HOI', [35, 35, 35, 35], ['gv.gdcd@haugiang.test']),
  subject(
    'LSDL',
    'Lịch sử và Địa lí',
    'score',
    'XA-HOI',
    [105, 105, 105, 105],
    ['gv.sudia@haugiang.test', 'totruong.xahoi@haugiang.test'],
  ),
  subject(
    'KHTN',
    'Khoa học tự nhiên',
    'score',
    'KHTN',
    [140, 140, 140, 140],
    ['totruong.khtn@haugiang.test', 'gv.khtn@haugiang.test'],
  ),
  subject('CN', 'Công nghệ', 'score', 'KHTN', [35, 35, 52, 52], ['gv.congnghe@haugiang.test']),
  subject('TIN', 'Tin học', 'score', 'TOAN-TIN', [35, 35, 35, 35], ['gv.tin@haugiang.test']),
  subject('GDTC', 'Giáo dục thể chất', 'comment', 'NT-TC', [70, 70, 70, 70], ['gv.theduc@haugiang.test']),
  subject(
    'NT',
    'Nghệ thuật (Âm nhạc, Mĩ thuật)',
    'comment',
    'NT-TC',
    [70, 70, 70, 70],
    ['gv.amnhac@haugiang.test', 'totruong.nghethuat@haugiang.test'],
  ),
  subject(
    'HDTN',
    'Hoạt động trải nghiệm, hướng nghiệp',
    'comment',
    'NT-TC',
    [105, 105, 105, 105],
    ['totruong.nghethuat@haugiang.test'],
  ),
  subject(
    'GDDP',
    'Nội dung giáo dục của địa phương',
    'comment',
    'XA-HOI',
    [35, 35, 35, 35],
    ['totruong.xahoi@haugiang.test'],
  ),
]

/** Assignments the contract fixes: (subject, class) → teacher, in every year of the demo. */
export const FIXED_ASSIGNMENTS: Array<{ subject: string; classes: string[]; teacher: string }> = [
  { subject: 'TOAN', classes: ['6A1', '6A2'], teacher: 'totruong.toan@haugiang.test' },
  { subject: 'TOAN', classes: ['7A1', '7A2'], teacher: 'gv.toan@haugiang.test' },
  { subject: 'NV', classes: ['6A1', '7A1'], teacher: 'gv.van@haugiang.test' },
]

/** Homeroom teachers by class name (the same in both demo years). */
export const HOMEROOM: Record<string, string> = {
  '6A1': 'gv.van@haugiang.test',
  '6A2': 'gv.anh@haugiang.test',
  '7A1': 'gv.toan@haugiang.test',
  '7A2': 'gv.khtn@haugiang.test',
  '8A1': 'gv.van2@haugiang.test',
  '8A2': 'gv.sudia@haugiang.test',
  '9A1': 'gv.toan2@haugiang.test',
  '9A2': 'gv.tin@haugiang.test',
}

export const SECTIONS = ['A1', 'A2'] as const

export const SCHOOL_YEARS = [
  {
    name: '2025-2026',
    startDate: '2025-09-05',
    endDate: '2026-05-31',
    isCurrent: false,
    termStatus: 'locked' as const,
  },
  { name: '2026-2027', startDate: '2026-09-05', endDate: '2027-05-31', isCurrent: true, termStatus: 'open' as const },
]
