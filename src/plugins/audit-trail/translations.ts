/** The plugin's own labels, Vietnamese and English. */
export const t = {
  auditLog: { vi: 'Nhật ký hệ thống', en: 'Audit log' },
  group: { vi: 'Hệ thống', en: 'System' },
  action: { vi: 'Thao tác', en: 'Action' },
  create: { vi: 'Tạo mới', en: 'Create' },
  update: { vi: 'Sửa', en: 'Update' },
  delete: { vi: 'Xóa', en: 'Delete' },
  read: { vi: 'Xem', en: 'Read' },
  collection: { vi: 'Bộ sưu tập', en: 'Collection' },
  documentId: { vi: 'Mã bản ghi', en: 'Document ID' },
  user: { vi: 'Người thực hiện', en: 'User' },
  actor: { vi: 'Người thực hiện (tài khoản ngoài nhân viên)', en: 'Actor (other account)' },
  changes: { vi: 'Thay đổi (giá trị cũ và mới)', en: 'Changes (old and new values)' },
  ip: { vi: 'Địa chỉ IP', en: 'IP address' },
  causeCollection: { vi: 'Nguyên nhân: loại bản ghi', en: 'Cause: collection' },
  causeId: { vi: 'Nguyên nhân: mã bản ghi', en: 'Cause: document ID' },
  createdAt: { vi: 'Thời điểm', en: 'Time' },
} as const
