/** The plugin's own messages, Vietnamese and English. */
const vi = {
  transitionNotAllowed: (from: string, to: string) =>
    `Không thể chuyển bài từ bước "${from}" sang bước "${to}": quy trình không cho phép.`,
  transitionForbidden: (from: string, to: string) =>
    `Bạn không có quyền chuyển bài từ bước "${from}" sang bước "${to}".`,
  selfApproval: 'Tác giả không được tự duyệt bài của chính mình.',
  noteRequired: 'Cần ghi nhận xét của người duyệt (lý do yêu cầu sửa).',
  publishFromStage: (stage: string, required: string) =>
    `Chỉ được xuất bản bài đã ở bước "${required}"; bài này đang ở bước "${stage}".`,
  publishForbidden: 'Bạn không có quyền xuất bản hoặc gỡ bài này.',
  editedAfterApproval: 'Nội dung đã thay đổi sau khi duyệt: bài phải được duyệt lại trước khi xuất bản.',
  editedDuringReview: (stage: string) =>
    `Nội dung bị sửa khi bài đang ở bước "${stage}": bài trở lại bước đầu và phải được duyệt lại.`,
  frozenDuringReview: (stage: string) =>
    `Bài đang ở bước "${stage}": không được sửa nội dung khi chuyển bước. Hãy chuyển bước trước (hoặc gửi trả bài) rồi mới sửa.`,
  restoredToDraft: 'Khôi phục phiên bản cũ: bài trở lại bước đầu và phải được duyệt lại.',
  notificationTitle: (title: string, to: string) => `Bài "${title}" chuyển sang bước "${to}"`,
  unknownStage: (to: string) => `Không có bước duyệt "${to}".`,
  notFound: 'Không tìm thấy bài, hoặc bạn không có quyền xem bài này.',
  signInFirst: 'Cần đăng nhập để duyệt bài.',
}

type Messages = typeof vi

const en: Messages = {
  transitionNotAllowed: (from, to) => `Moving from "${from}" to "${to}" is not an allowed transition.`,
  transitionForbidden: (from, to) => `You may not move this document from "${from}" to "${to}".`,
  selfApproval: 'Authors cannot approve their own documents.',
  noteRequired: 'A reviewer note (the reason for the changes) is required.',
  publishFromStage: (stage, required) =>
    `Only documents at stage "${required}" can be published; this one is at "${stage}".`,
  publishForbidden: 'You may not publish or unpublish this document.',
  editedAfterApproval: 'The content changed after approval: it must be reviewed again before publishing.',
  editedDuringReview: (stage) =>
    `The content was edited while at "${stage}": the document returns to the first stage for review.`,
  frozenDuringReview: (stage) =>
    `The document is at "${stage}": its content cannot change together with a stage change. Change the stage (or send it back) first.`,
  restoredToDraft: 'Restored an older version: the document returns to the first stage for review.',
  notificationTitle: (title, to) => `"${title}" moved to "${to}"`,
  unknownStage: (to) => `There is no review stage "${to}".`,
  notFound: 'Document not found, or you may not read it.',
  signInFirst: 'Sign in to review documents.',
}

/** Vietnamese unless the request asked for English. */
export const messagesFor = (language: string | undefined): Messages => (language === 'en' ? en : vi)
