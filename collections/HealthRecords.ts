import type { CollectionConfig, Field } from 'payload'

import { nobody } from '@/access/common'
import { canReadClinicalField, canReadHealthRecords, canWriteHealthRecords } from '@/access/health'
import { row } from '@/collections/fields/row'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'
import { schoolYearField, studentField } from '@/collections/fields/relations'
import { computeBmi } from '@/hooks/health/computeBmi'

/**
 * One record per student per check-up (A11, R5.1). Measurements and the notes for teachers are
 * read by the homeroom teacher of the student's class; every clinical field only by medical staff
 * and the principal. Reads are logged by the audit trail (payload.config.ts).
 */
const clinical = { read: canReadClinicalField }

/** Fields only medical staff and the principal read (the audit trail logs their changes without values). */
export const CLINICAL_FIELDS = [
  'refractiveError',
  'spine',
  'teeth',
  'mentalHealth',
  'diagnosis',
  'medicalNotes',
] as const
const eyesight = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'text',
  label: label(vi, en),
  admin: { width: '25%', description: label('Ví dụ 10/10', 'e.g. 10/10') },
})

export const HealthRecords: CollectionConfig = {
  slug: 'health-records',
  labels: { singular: label('Hồ sơ sức khỏe', 'Health record'), plural: label('Hồ sơ sức khỏe', 'Health records') },
  admin: {
    defaultColumns: ['student', 'checkDate', 'heightCm', 'weightKg', 'bmi'],
    group: label('Học sinh', 'Students'),
  },
  defaultSort: '-checkDate',
  access: {
    read: canReadHealthRecords,
    create: canWriteHealthRecords,
    update: canWriteHealthRecords,
    delete: nobody,
    readVersions: nobody,
  },
  disableDuplicate: true,
  hooks: { beforeChange: [computeBmi] },
  fields: [
    studentField(),
    schoolYearField({ required: false, index: false }),
    {
      name: 'checkDate',
      type: 'date',
      required: true,
      index: true,
      label: label('Ngày khám', 'Check-up date'),
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    row(
      { name: 'heightCm', type: 'number', min: 80, max: 220, label: label('Chiều cao (cm)', 'Height (cm)') },
      { name: 'weightKg', type: 'number', min: 15, max: 150, label: label('Cân nặng (kg)', 'Weight (kg)') },
      {
        name: 'bmi',
        type: 'number',
        label: label('BMI', 'BMI'),
        access: { create: () => false, update: () => false },
        admin: {
          readOnly: true,
          description: label('Tự tính từ chiều cao và cân nặng.', 'Computed from height and weight.'),
        },
      },
    ),
    row(
      {
        name: 'bloodPressure',
        type: 'text',
        label: label('Huyết áp (mmHg)', 'Blood pressure (mmHg)'),
        admin: { description: label('Ví dụ 110/70', 'e.g. 110/70') },
      },
      { name: 'pulse', type: 'number', min: 30, max: 220, label: label('Mạch (lần/phút)', 'Pulse (per minute)') },
    ),
    row(
      eyesight('eyesightLeft', 'Thị lực mắt trái (không kính)', 'Left eye (without glasses)'),
      eyesight('eyesightRight', 'Thị lực mắt phải (không kính)', 'Right eye (without glasses)'),
      eyesight('eyesightLeftGlasses', 'Mắt trái (có kính)', 'Left eye (with glasses)'),
      eyesight('eyesightRightGlasses', 'Mắt phải (có kính)', 'Right eye (with glasses)'),
    ),
    {
      name: 'refractiveError',
      type: 'select',
      label: label('Tật khúc xạ', 'Refractive error'),
      access: clinical,
      options: options({
        none: ['Không', 'None'],
        myopia: ['Cận thị', 'Myopia'],
        hyperopia: ['Viễn thị', 'Hyperopia'],
        astigmatism: ['Loạn thị', 'Astigmatism'],
      }),
    },
    {
      name: 'spine',
      type: 'select',
      label: label('Cột sống', 'Spine'),
      access: clinical,
      options: options({
        normal: ['Bình thường', 'Normal'],
        scoliosis: ['Cong vẹo', 'Scoliosis'],
        kyphosis: ['Gù', 'Kyphosis'],
        lordosis: ['Ưỡn', 'Lordosis'],
      }),
    },
    { name: 'teeth', type: 'text', label: label('Răng miệng', 'Teeth'), access: clinical },
    { name: 'mentalHealth', type: 'textarea', label: label('Sức khỏe tâm thần', 'Mental health'), access: clinical },
    { name: 'diagnosis', type: 'textarea', label: label('Chẩn đoán', 'Diagnosis'), access: clinical },
    { name: 'medicalNotes', type: 'textarea', label: label('Ghi chú y tế', 'Medical notes'), access: clinical },
    {
      name: 'notesForTeachers',
      type: 'textarea',
      label: label('Lưu ý cho giáo viên', 'Notes for teachers'),
      admin: {
        description: label(
          'Giáo viên chủ nhiệm đọc được; không ghi chẩn đoán ở đây.',
          'Read by the homeroom teacher; no diagnoses here.',
        ),
      },
    },
  ],
}
