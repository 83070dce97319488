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

/** The 2018 programme's subjects for THCS, as `grading.md` lists them. */
export const SUBJECTS: SubjectSeed[] = [
  {
    code: 'NV',
    name: 'Ngữ văn',
    assessment: 'score',
    department: 'XA-HOI',
    periods: [140, 140, 140, 140],
    teachers: ['gv.van2@haugiang.test'],
  },
  {
    code: 'TOAN',
    name: 'Toán',
    assessment: 'score',
    department: 'TOAN-TIN',
    periods: [140, 140, 140, 140],
    teachers: ['gv.toan2@haugiang.test'],
  },
  {
    code: 'NN1',
    name: 'Ngoại ngữ 1 (Tiếng Anh)',
    assessment: 'score',
    department: 'NGOAI-NGU',
    periods: [105, 105, 105, 105],
    teachers: ['totruong.ngoaingu@haugiang.test', 'gv.anh@haugiang.test'],
  },
  {
    code: 'GDCD',
    name: 'Giáo dục công dân',
    assessment: 'score',
    department: 'XA-HOI',
    periods: [35, 35, 35, 35],
    teachers: ['gv.gdcd@haugiang.test'],
  },
  {
    code: 'LSDL',
    name: 'Lịch sử và Địa lí',
    assessment: 'score',
    department: 'XA-HOI',
    periods: [105, 105, 105, 105],
    teachers: ['gv.sudia@haugiang.test', 'totruong.xahoi@haugiang.test'],
  },
  {
    code: 'KHTN',
    name: 'Khoa học tự nhiên',
    assessment: 'score',
    department: 'KHTN',
    periods: [140, 140, 140, 140],
    teachers: ['totruong.khtn@haugiang.test', 'gv.khtn@haugiang.test'],
  },
  {
    code: 'CN',
    name: 'Công nghệ',
    assessment: 'score',
    department: 'KHTN',
    periods: [35, 35, 52, 52],
    teachers: ['gv.congnghe@haugiang.test'],
  },
  {
    code: 'TIN',
    name: 'Tin học',
    assessment: 'score',
    department: 'TOAN-TIN',
    periods: [35, 35, 35, 35],
    teachers: ['gv.tin@haugiang.test'],
  },
  {
    code: 'GDTC',
    name: 'Giáo dục thể chất',
    assessment: 'comment',
    department: 'NT-TC',
    periods: [70, 70, 70, 70],
    teachers: ['gv.theduc@haugiang.test'],
  },
  {
    code: 'NT',
    name: 'Nghệ thuật (Âm nhạc, Mĩ thuật)',
    assessment: 'comment',
    department: 'NT-TC',
    periods: [70, 70, 70, 70],
    teachers: ['gv.amnhac@haugiang.test', 'totruong.nghethuat@haugiang.test'],
  },
  {
    code: 'HDTN',
    name: 'Hoạt động trải nghiệm, hướng nghiệp',
    assessment: 'comment',
    department: 'NT-TC',
    periods: [105, 105, 105, 105],
    teachers: ['totruong.nghethuat@haugiang.test'],
  },
  {
    code: 'GDDP',
    name: 'Nội dung giáo dục của địa phương',
    assessment: 'comment',
    department: 'XA-HOI',
    periods: [35, 35, 35, 35],
    teachers: ['totruong.xahoi@haugiang.test'],
  },
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
