import { userOf } from '@/access/common'
import { canDecideCorrections, canReadGradeCorrections } from '@/access/gradebook'
import { label } from '@/i18n/label'
import { classField, subjectField } from '@/collections/fields/relations'
import type { ApprovalRequestType } from '@haugiang/payload-plugin-approvals'
import {
  applyGradeCorrection,
  canRequestGradeCorrection,
  prepareGradeCorrection,
} from '@/hooks/gradeCorrections/gradeCorrectionRules'

/**
 * Corrections of locked grades (R4.3), as a request type of the approvals plugin: the subject
 * teacher asks with a reason, the academic vice principal or the principal decides with a note,
 * approval writes the grade and recomputes its average in the same transaction.
 */
export const gradeCorrections: ApprovalRequestType = {
  slug: 'grade-corrections',
  labels: {
    singular: label('Yêu cầu điều chỉnh điểm', 'Grade correction'),
    plural: label('Điều chỉnh điểm', 'Grade corrections'),
  },
  admin: {
    useAsTitle: 'title',
    listSearchableFields: ['title', 'reason'],
    defaultColumns: ['title', 'oldValue', 'newValue', 'status', 'requestedBy', 'decidedAt'],
    group: label('Sổ điểm', 'Gradebook'),
  },
  canRequest: canRequestGradeCorrection,
  canRead: canReadGradeCorrections,
  canDecide: ({ req }) => canDecideCorrections(userOf(req)),
  prepare: prepareGradeCorrection,
  apply: applyGradeCorrection,
  fields: [
    {
      name: 'title',
      type: 'text',
      label: label('Ô điểm', 'Cell'),
      admin: {
        readOnly: true,
        description: label('Học sinh — lớp — môn — học kỳ — cột, do hệ thống ghi.', 'Set by the system.'),
      },
    },
    {
      name: 'grade',
      type: 'relationship',
      relationTo: 'grades',
      required: true,
      index: true,
      label: label('Điểm', 'Grade'),
    },
    {
      name: 'field',
      type: 'text',
      required: true,
      label: label('Cột điểm', 'Assessment'),
      admin: {
        description: label('TX1, TX2, … (thường xuyên), GK (giữa kỳ) hoặc CK (cuối kỳ).', 'TX1…, GK or CK.'),
      },
    },
    { name: 'oldValue', type: 'text', label: label('Giá trị cũ', 'Old value'), admin: { readOnly: true } },
    { name: 'newValue', type: 'text', label: label('Giá trị mới', 'New value') },
    { name: 'reason', type: 'textarea', required: true, label: label('Lý do', 'Reason') },
    subjectField({ required: false, label: label('Môn', 'Subject'), admin: { readOnly: true } }),
    classField({ required: false, admin: { readOnly: true } }),
  ],
}
