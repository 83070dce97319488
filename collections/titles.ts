import type { CollectionConfig, Field } from 'payload'

import { label } from '@/i18n/label'

/**
 * Human titles for the records that are about one student (or one item): the student's name,
 * read through the relationship (a virtual field, nothing stored), as the document's title and
 * as what the list's search box searches, instead of the record's id.
 */
const TITLED_BY: Record<string, { path: string; vi: string; en: string }> = {
  grades: { path: 'student.fullName', vi: 'Học sinh', en: 'Student' },
  'health-records': { path: 'student.fullName', vi: 'Học sinh', en: 'Student' },
  attendance: { path: 'student.fullName', vi: 'Học sinh', en: 'Student' },
  conduct: { path: 'student.fullName', vi: 'Học sinh', en: 'Student' },
  enrolments: { path: 'student.fullName', vi: 'Học sinh', en: 'Student' },
  'year-end-results': { path: 'student.fullName', vi: 'Học sinh', en: 'Student' },
  'asset-borrowings': { path: 'asset.name', vi: 'Thiết bị', en: 'Item' },
}

export const TITLE_FIELD = 'titleName'

export const withHumanTitle = (collection: CollectionConfig): CollectionConfig => {
  const by = TITLED_BY[collection.slug]
  if (!by || collection.admin?.useAsTitle) return collection
  const title: Field = {
    name: TITLE_FIELD,
    type: 'text',
    virtual: by.path,
    label: label(by.vi, by.en),
    admin: { hidden: true },
  }
  return {
    ...collection,
    admin: { ...collection.admin, useAsTitle: TITLE_FIELD, listSearchableFields: [TITLE_FIELD] },
    fields: [...collection.fields, title],
  }
}
