export type MenuItem = { label: string; url: string }

/** Every section of the site: the menu when the settings name none, and the demo school's menu. */
export const DEFAULT_MENU: MenuItem[] = [
  { label: 'Giới thiệu', url: '/trang/gioi-thieu' },
  { label: 'Tin tức', url: '/tin-tuc' },
  { label: 'Thông báo', url: '/thong-bao' },
  { label: 'Văn bản', url: '/van-ban' },
  { label: 'Lịch công tác', url: '/lich-cong-tac' },
  { label: 'Công khai', url: '/cong-khai' },
  { label: 'Tuyển sinh', url: '/trang/tuyen-sinh' },
  { label: 'Album ảnh', url: '/album' },
  { label: 'Liên hệ', url: '/lien-he' },
]
