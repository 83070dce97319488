/** The demo website's texts: categories, articles, announcements, pages. */
export const CATEGORIES = [
  'Tin nhà trường',
  'Hoạt động chuyên môn',
  'Đoàn – Đội',
  'Thi đua – Khen thưởng',
  'Tuyển sinh',
]

/** Article titles per department code (authors are the department's teachers). */
export const ARTICLE_TITLES: Record<string, string[]> = {
  'TOAN-TIN': [
    'Chuyên đề dạy học phát triển năng lực Toán 6',
    'Học sinh đạt giải Tin học trẻ cấp quận',
    'Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán',
    'Hướng dẫn ôn tập giữa học kỳ I môn Toán 9',
    'Câu lạc bộ lập trình Scratch ra mắt',
  ],
  'XA-HOI': [
    'Ngày hội đọc sách năm học 2026-2027',
    'Tham quan Bảo tàng Chứng tích Chiến tranh',
    'Chuyên đề đổi mới dạy học Ngữ văn 8',
    'Cuộc thi viết thư quốc tế UPU',
    'Ngoại khóa Lịch sử: Mùa thu tháng Tám',
  ],
  'NGOAI-NGU': [
    'English Festival 2026 tại trường',
    'Học sinh giao lưu với giáo viên bản ngữ',
    'Cuộc thi hùng biện tiếng Anh cấp trường',
    'Hướng dẫn ôn thi học sinh giỏi tiếng Anh 9',
  ],
  KHTN: [
    'Ngày hội STEM: tên lửa nước',
    'Thí nghiệm thực hành Khoa học tự nhiên 7',
    'Học sinh đạt giải cuộc thi Khoa học kỹ thuật',
    'Trồng rau sạch trong vườn trường',
    'An toàn trong phòng thí nghiệm',
  ],
  'NT-TC': [
    'Hội khỏe Phù Đổng cấp trường',
    'Văn nghệ chào mừng ngày Nhà giáo Việt Nam 20/11',
    'Giải bóng đá mini học sinh khối 8',
    'Trải nghiệm làm gốm truyền thống',
  ],
}

export const ANNOUNCEMENTS = [
  { kind: 'timetable', title: 'Thời khóa biểu học kỳ I áp dụng từ 03/11/2026' },
  { kind: 'lunch-menu', title: 'Thực đơn bán trú tuần 24/11 – 28/11/2026' },
  { kind: 'test-schedule', title: 'Lịch kiểm tra cuối học kỳ I năm học 2026-2027' },
  { kind: 'gifted-exam-schedule', title: 'Lịch thi chọn học sinh giỏi cấp quận lớp 9' },
  { kind: 'notice', title: 'Thông báo nghỉ lễ Tết Dương lịch 2027' },
  { kind: 'notice', title: 'Triển khai văn bản của Sở GD&ĐT về an toàn giao thông' },
] as const

export const PAGES = [
  {
    slug: 'gioi-thieu',
    title: 'Giới thiệu trường THCS Hậu Giang',
    paragraphs: [
      'Trường THCS Hậu Giang (Quận 6, Thành phố Hồ Chí Minh) dạy học sinh từ lớp 6 đến lớp 9.',
      'Nhà trường có năm tổ chuyên môn và hơn ba trăm học sinh, phấn đấu xây dựng môi trường học tập thân thiện, an toàn.',
    ],
  },
  {
    slug: 'lien-he',
    title: 'Liên hệ',
    paragraphs: [
      'Địa chỉ: Quận 6, Thành phố Hồ Chí Minh.',
      'Văn phòng nhà trường tiếp phụ huynh từ thứ Hai đến thứ Sáu, 7 giờ 30 đến 16 giờ 30.',
    ],
  },
]
