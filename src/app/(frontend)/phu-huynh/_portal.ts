import { headers } from 'next/headers'

import { guardianOf } from '@/access/guardians'
import { CODE_MESSAGES } from '@/domain/portal/signInCode'
import { TOO_MANY } from '@/lib/auth/limits'

import { payloadClient } from '../_lib/data'

/**
 * The signed-in guardian of this request, from Payload's session cookie; null for staff (their
 * cookie is for the admin) and visitors. Every portal page starts here.
 */
export const currentGuardian = async () => {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  const guardian = guardianOf({ user })
  return guardian ? { payload, guardian, user } : { payload, guardian: null, user: null }
}

/** Messages shown after a form, by code: the URL never carries free text. */
export const NOTICES: Record<string, string> = {
  'sai-mat-khau': 'Thư điện tử (hoặc số điện thoại) hoặc mật khẩu không đúng.',
  'tam-khoa': 'Tài khoản tạm khoá vì nhập sai mật khẩu quá 5 lần. Vui lòng thử lại sau 10 phút.',
  'bi-khoa': 'Tài khoản phụ huynh này đã bị khoá. Vui lòng liên hệ nhà trường.',
  'qua-nhieu-lan': TOO_MANY,
  'da-gui': 'Đã gửi tin nhắn đến giáo viên chủ nhiệm.',
  trong: 'Tin nhắn không được để trống.',
  'qua-dai': 'Tin nhắn vượt quá 2.000 ký tự. Vui lòng rút gọn.',
  tep: 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF, tối đa 10 MB (không nhận SVG hay tệp chạy được).',
  'gioi-han': 'Anh/chị đã gửi quá nhiều tin nhắn trong thời gian ngắn. Vui lòng thử lại sau.',
  'da-doc': 'Đã xác nhận đã đọc.',
  'dong-y': 'Đã ghi nhận đồng ý công bố ảnh, tên của con.',
  'rut-dong-y': 'Đã rút lại đồng ý. Nhà trường sẽ không đăng mới ảnh, tên của con và xem xét các bài đã đăng.',
  'mat-khau-khop': 'Hai lần nhập mật khẩu không khớp.',
  'da-dat-mat-khau': 'Đã đặt mật khẩu. Mời anh/chị đăng nhập.',
  'da-luu-mat-khau': 'Đã lưu mật khẩu mới. Các phiên đăng nhập khác của anh/chị đã được đăng xuất.',
  'mat-khau-hien-tai': 'Mật khẩu hiện tại không đúng.',
  'loi-moi-het-han': 'Liên kết mời đã hết hạn (có hiệu lực 72 giờ). Vui lòng đề nghị nhà trường gửi lời mời mới.',
  'loi-moi-khong-hop-le':
    'Liên kết mời không hợp lệ hoặc đã được sử dụng. Vui lòng đề nghị nhà trường gửi lời mời mới.',
  'mat-khau-yeu': 'Mật khẩu phải có ít nhất 10 ký tự, gồm cả chữ cái và chữ số.',
  'khong-tim-thay': 'Không tìm thấy học sinh hoặc tin nhắn.',
  loi: 'Không thực hiện được yêu cầu. Vui lòng thử lại.',
  'da-gui-ma': CODE_MESSAGES.sent,
  'sdt-sai': CODE_MESSAGES.badPhone,
  'ma-sai': CODE_MESSAGES.wrong,
  'gioi-han-ma': CODE_MESSAGES.tooMany,
  'da-luu-kenh': 'Đã lưu kênh nhận tin.',
  'da-gui-dat-lai':
    'Nếu thư điện tử này có tài khoản, nhà trường đã gửi liên kết đặt lại mật khẩu (có hiệu lực một giờ).',
  'dat-lai-khong-hop-le': 'Liên kết đặt lại mật khẩu không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng yêu cầu lại.',
}

/** The phone a code was just asked for, kept for the code form (10 minutes, this path only). */
export const CODE_PHONE_COOKIE = 'phu-huynh-sdt'

export const noticeOf = (code: string | string[] | undefined): string | null =>
  typeof code === 'string' ? (NOTICES[code] ?? null) : null
