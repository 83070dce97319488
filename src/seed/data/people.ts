import type { Role, ViceArea } from '@/access/roles'

export type DemoAccount = {
  email: string
  fullName: string
  roles: Role[]
  viceArea?: ViceArea
  /** Code of the department (tổ chuyên môn) the person belongs to. */
  department?: string
}

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
  {
    email: 'totruong.toan@haugiang.test',
    fullName: 'Phạm Quốc Bảo',
    roles: ['department-head', 'teacher'],
    department: 'TOAN-TIN',
  },
  { email: 'gv.toan@haugiang.test', fullName: 'Võ Thị Ngọc Lan', roles: ['teacher'], department: 'TOAN-TIN' },
  { email: 'gv.van@haugiang.test', fullName: 'Huỳnh Thanh Tâm', roles: ['teacher'], department: 'XA-HOI' },
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
  { email: 'gv.toan2@haugiang.test', fullName: 'Nguyễn Hữu Phúc', roles: ['teacher'], department: 'TOAN-TIN' },
  { email: 'gv.tin@haugiang.test', fullName: 'Trần Quang Vinh', roles: ['teacher'], department: 'TOAN-TIN' },
  {
    email: 'totruong.xahoi@haugiang.test',
    fullName: 'Lê Thị Mai Hương',
    roles: ['department-head', 'teacher'],
    department: 'XA-HOI',
  },
  { email: 'gv.van2@haugiang.test', fullName: 'Phan Thị Thảo', roles: ['teacher'], department: 'XA-HOI' },
  { email: 'gv.sudia@haugiang.test', fullName: 'Vũ Đình Nam', roles: ['teacher'], department: 'XA-HOI' },
  { email: 'gv.gdcd@haugiang.test', fullName: 'Đinh Thị Yến', roles: ['teacher'], department: 'XA-HOI' },
  {
    email: 'totruong.ngoaingu@haugiang.test',
    fullName: 'Hoàng Thị Diệp',
    roles: ['department-head', 'teacher'],
    department: 'NGOAI-NGU',
  },
  { email: 'gv.anh@haugiang.test', fullName: 'Mai Thị Quỳnh Như', roles: ['teacher'], department: 'NGOAI-NGU' },
  {
    email: 'totruong.khtn@haugiang.test',
    fullName: 'Châu Văn Lộc',
    roles: ['department-head', 'teacher'],
    department: 'KHTN',
  },
  { email: 'gv.khtn@haugiang.test', fullName: 'Tạ Thị Ngọc Hân', roles: ['teacher'], department: 'KHTN' },
  { email: 'gv.congnghe@haugiang.test', fullName: 'La Minh Trí', roles: ['teacher'], department: 'KHTN' },
  {
    email: 'totruong.nghethuat@haugiang.test',
    fullName: 'Kiều Văn Sang',
    roles: ['department-head', 'teacher'],
    department: 'NT-TC',
  },
  { email: 'gv.theduc@haugiang.test', fullName: 'Lâm Quốc Thái', roles: ['teacher'], department: 'NT-TC' },
  { email: 'gv.amnhac@haugiang.test', fullName: 'Tôn Nữ Bảo Trân', roles: ['teacher'], department: 'NT-TC' },
]
