import type { Role, ViceArea } from '@/access/roles'

export type DemoAccount = {
  email: string
  fullName: string
  roles: Role[]
  viceArea?: ViceArea
  /** Code of the department (tổ chuyên môn) the person belongs to. */
  department?: string
}

const teacher = (email: string, fullName: string, department: string): DemoAccount => ({
  email,
  fullName,
  roles: ['teacher'],
  department,
})
const departmentHead = (email: string, fullName: string, department: string): DemoAccount => ({
  email,
  fullName,
  roles: ['department-head', 'teacher'],
  department,
})

/** The contract's demo accounts, then the other teachers the demo school needs. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@haugiang.test', fullName: 'Quản trị hệ thống', roles: ['sysadmin'] },
  { email: 'hieutruong@haugiang.test', fullName: 'Nguyễn Văn Hùng', roles: ['principal', 'editorial-board'] },
  {
    email: 'pht.chuyenmon@haugiang.test',
    fullName: 'Trần Thị Thu Hà',
    roles: ['vice-principal', 'editorial-board'],
    viceArea: 'academic',
  },
  { email: 'pht.csvc@haugiang.test', fullName: 'Lê Minh Tuấn', roles: ['vice-principal'], viceArea: 'facilities' },
  departmentHead('totruong.toan@haugiang.test', 'Phạm Quốc Bảo', 'TOAN-TIN'),
  teacher('gv.toan@haugiang.test', 'Võ Thị Ngọc Lan', 'TOAN-TIN'),
  teacher('gv.van@haugiang.test', 'Huỳnh Thanh Tâm', 'XA-HOI'),
  { email: 'sodiem@haugiang.test', fullName: 'Đặng Thị Mỹ Duyên', roles: ['gradebook-admin'] },
  { email: 'yte@haugiang.test', fullName: 'Bùi Thị Kim Oanh', roles: ['medical-staff'] },
  { email: 'vanthu@haugiang.test', fullName: 'Đỗ Thị Hồng Nhung', roles: ['clerk'] },
  { email: 'ketoan@haugiang.test', fullName: 'Hồ Văn Phước', roles: ['accountant'] },
  { email: 'nhansu@haugiang.test', fullName: 'Ngô Thị Thanh Xuân', roles: ['hr-officer'] },
  { email: 'web@haugiang.test', fullName: 'Dương Minh Khoa', roles: ['website-admin'] },
  { email: 'thietbi@haugiang.test', fullName: 'Lý Văn Thành', roles: ['equipment-officer'] },
  { email: 'thuvien@haugiang.test', fullName: 'Trương Thị Bích Ngọc', roles: ['librarian'] },
]

/** Teachers beyond the contract's accounts, so every class has a teacher for every subject. */
export const OTHER_TEACHERS: DemoAccount[] = [
  teacher('gv.toan2@haugiang.test', 'Nguyễn Hữu Phúc', 'TOAN-TIN'),
  teacher('gv.tin@haugiang.test', 'Trần Quang Vinh', 'TOAN-TIN'),
  departmentHead('totruong.xahoi@haugiang.test', 'Lê Thị Mai Hương', 'XA-HOI'),
  teacher('gv.van2@haugiang.test', 'Phan Thị Thảo', 'XA-HOI'),
  teacher('gv.sudia@haugiang.test', 'Vũ Đình Nam', 'XA-HOI'),
  teacher('gv.gdcd@haugiang.test', 'Đinh Thị Yến', 'XA-HOI'),
  departmentHead('totruong.ngoaingu@haugiang.test', 'Hoàng Thị Diệp', 'NGOAI-NGU'),
  teacher('gv.anh@haugiang.test', 'Mai Thị Quỳnh Như', 'NGOAI-NGU'),
  departmentHead('totruong.khtn@haugiang.test', 'Châu Văn Lộc', 'KHTN'),
  teacher('gv.khtn@haugiang.test', 'Tạ Thị Ngọc Hân', 'KHTN'),
  teacher('gv.congnghe@haugiang.test', 'La Minh Trí', 'KHTN'),
  departmentHead('totruong.nghethuat@haugiang.test', 'Kiều Văn Sang', 'NT-TC'),
  teacher('gv.theduc@haugiang.test', 'Lâm Quốc Thái', 'NT-TC'),
  teacher('gv.amnhac@haugiang.test', 'Tôn Nữ Bảo Trân', 'NT-TC'),
]
