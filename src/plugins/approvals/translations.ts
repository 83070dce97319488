/** The plugin's own words, Vietnamese and English. */
export const t = {
  status: { vi: 'Trạng thái', en: 'Status' },
  pending: { vi: 'Chờ duyệt', en: 'Pending' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  rejected: { vi: 'Từ chối', en: 'Rejected' },
  requestedBy: { vi: 'Người đề nghị', en: 'Requested by' },
  decidedBy: { vi: 'Người quyết định', en: 'Decided by' },
  decidedAt: { vi: 'Thời điểm quyết định', en: 'Decided at' },
  decisionNote: { vi: 'Ghi chú của người duyệt', en: 'Decision note' },
  group: { vi: 'Phê duyệt', en: 'Approvals' },
} as const

export const messages = {
  alreadyDecided: 'Yêu cầu đã được quyết định; không thể sửa.',
  ownRequest: 'Không được tự duyệt yêu cầu của chính mình.',
  notDecider: 'Bạn không có quyền duyệt yêu cầu này.',
  badStatus: 'Chỉ có thể duyệt (approved) hoặc từ chối (rejected).',
  noteRequired: 'Cần ghi chú khi quyết định.',
} as const
