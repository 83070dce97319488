/** The admin control's words (merged into the config's i18n, read with `t('editorialWorkflow:…')`). */
export const translations = {
  vi: {
    editorialWorkflow: {
      currentStage: 'Bước duyệt hiện tại',
      saveFirst: 'Lưu bài trước rồi mới gửi duyệt.',
      unsaved: 'Bài có thay đổi chưa lưu: lưu xong mới chuyển bước được.',
      noActions: 'Ở bước này bạn không có thao tác duyệt nào.',
      note: 'Nhận xét gửi kèm',
      noteRequiredHint: 'Bắt buộc khi yêu cầu sửa.',
      moveTo: 'Chuyển sang: {{stage}}',
      moved: 'Đã chuyển bài sang bước “{{stage}}”.',
      readyToPublish: 'Bài đã duyệt: bạn có thể xuất bản bằng nút Xuất bản.',
      loading: 'Đang tải các bước duyệt…',
      failed: 'Không chuyển được bước duyệt.',
    },
  },
  en: {
    editorialWorkflow: {
      currentStage: 'Current review stage',
      saveFirst: 'Save the document before sending it for review.',
      unsaved: 'There are unsaved changes: save them before changing the stage.',
      noActions: 'You have no review action at this stage.',
      note: 'Note',
      noteRequiredHint: 'Required when asking for changes.',
      moveTo: 'Move to: {{stage}}',
      moved: 'Moved to “{{stage}}”.',
      readyToPublish: 'Approved: you can publish it with the Publish button.',
      loading: 'Loading review actions…',
      failed: 'The stage could not be changed.',
    },
  },
}
