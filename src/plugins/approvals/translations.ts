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
  approve: { vi: 'Duyệt', en: 'Approve' },
  reject: { vi: 'Từ chối', en: 'Reject' },
  noteHint: {
    vi: 'Ghi chú của người duyệt (bắt buộc khi từ chối) nhập ở ô bên dưới.',
    en: 'The decision note (required to reject) goes in the box below.',
  },
  noteNeeded: { vi: 'Cần ghi chú lý do khi từ chối.', en: 'A note is required to reject.' },
  failed: { vi: 'Không lưu được quyết định.', en: 'The decision was not saved.' },
  approvedDone: { vi: 'Đã duyệt yêu cầu.', en: 'Request approved.' },
  rejectedDone: { vi: 'Đã từ chối yêu cầu.', en: 'Request rejected.' },
} as const

export const messages = {
  alreadyDecided: 'Yêu cầu đã được quyết định; không thể sửa.',
  ownRequest: 'Không được tự duyệt yêu cầu của chính mình.',
  notDecider: 'Bạn không có quyền duyệt yêu cầu này.',
  badStatus: 'Chỉ có thể duyệt (approved) hoặc từ chối (rejected).',
  noteRequired: 'Cần ghi chú khi quyết định.',
} as const
