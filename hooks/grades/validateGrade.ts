import { type CollectionBeforeValidateHook, type PayloadRequest, ValidationError } from 'payload'

import { relationId } from '@/access/relation-id'
import { GRADE_MESSAGES, gradeFactsErrors, normalizeGradeCells } from '@/domain/grading'

import { loadGradeFacts } from './gradeFacts'

const IDENTITY = ['student', 'subject', 'class', 'term'] as const

/** Whether the student's latest enrolment record (of any year) is in that class. */
const isLatestClassOf = async (
  req: PayloadRequest,
  student: number | string | null,
  klass: number | string | null,
): Promise<boolean> => {
  if (student === null || klass === null) return false
  const { totalDocs } = await req.payload.count({
    collection: 'enrolments',
    where: { and: [{ student: { equals: student } }, { class: { equals: klass } }, { isLatest: { equals: true } }] },
    req,
    overrideAccess: true, // system: a membership check for the write; only the yes/no leaves this hook
  })
  return totalDocs > 0
}

/**
 * Checks a grade against its subject, class and term, and normalises its cells: scores 0–10 with
 * one decimal, Đ/CĐ for comment subjects, comments of at most 500 characters, no more regular assessments than required for the
 * class's grade; the student enrolled in the class; a grade never moves to another student,
 * subject, class or term. Errors name the cell.
 */
export const validateGrade: CollectionBeforeValidateHook = async ({
  data = {},
  originalDoc: stored,
  req,
  collection,
  operation,
}) => {
  // Create may carry a document to duplicate from: only an update has a stored grade.
  const originalDoc = operation === 'update' ? stored : undefined
  const fail = (path: string, message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }] })
  }
  if (originalDoc) {
    for (const field of IDENTITY) {
      if (field in data && String(relationId(data[field])) !== String(relationId(originalDoc[field]))) {
        // A grade follows its student to the class they were transferred to, and nowhere else.
        if (field === 'class' && (await isLatestClassOf(req, relationId(originalDoc.student), relationId(data.class))))
          continue
        fail(field, GRADE_MESSAGES.moved)
      }
    }
  }
  const merged = { ...(originalDoc ?? {}), ...data }
  if (IDENTITY.some((field) => relationId(merged[field]) === null)) return data // required fields report it
  const facts = await loadGradeFacts(req, merged)
  const factsErrors = gradeFactsErrors(facts)
  if (factsErrors.length > 0 || !facts) throw new ValidationError({ collection: collection.slug, errors: factsErrors })

  if (!originalDoc) {
    // Anyone enrolled in the class that year (also those who left: their grades up to then stay).
    const { totalDocs } = await req.payload.count({
      collection: 'enrolments',
      where: {
        and: [{ student: { equals: relationId(merged.student) } }, { class: { equals: relationId(merged.class) } }],
      },
      req,
      // A membership check for the write; only the yes/no leaves this hook.
      overrideAccess: true,
    })
    if (totalDocs === 0) fail('student', GRADE_MESSAGES.notEnrolled)
  }

  const { cells, errors } = normalizeGradeCells(merged, facts.kind, facts.requiredRegular)
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return { ...data, ...cells }
}
