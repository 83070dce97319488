import type { PluginTranslations } from '@haugiang/payload-plugin-i18n'

/** The log collection's labels, read as `auditTrail:…`. */
export const translations: PluginTranslations = {
  en: {
    auditTrail: {
      auditLog: 'Audit log',
      group: 'System',
      action: 'Action',
      create: 'Create',
      update: 'Update',
      delete: 'Delete',
      read: 'Read',
      collection: 'Collection',
      documentId: 'Document ID',
      user: 'User',
      actor: 'Actor (other account)',
      changes: 'Changes (old and new values)',
      ip: 'IP address',
      causeCollection: 'Cause: collection',
      causeId: 'Cause: document ID',
    },
  },
  vi: {
    auditTrail: {
      auditLog: 'Nhật ký hệ thống',
      group: 'Hệ thống',
      action: 'Thao tác',
      create: 'Tạo mới',
      update: 'Sửa',
      delete: 'Xóa',
      read: 'Xem',
      collection: 'Bộ sưu tập',
      documentId: 'Mã bản ghi',
      user: 'Người thực hiện',
      actor: 'Người thực hiện (tài khoản ngoài nhân viên)',
      changes: 'Thay đổi (giá trị cũ và mới)',
      ip: 'Địa chỉ IP',
      causeCollection: 'Nguyên nhân: loại bản ghi',
      causeId: 'Nguyên nhân: mã bản ghi',
    },
  },
}
