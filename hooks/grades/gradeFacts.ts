import type { PayloadRequest } from 'payload'

import { relationId } from '@/access/relation-id'
import type { GradeWriteFacts } from '@/domain/grading'
import { requestMemo } from '@/lib/requestMemo'

/** What the grade hooks need to know about a grade's subject, class and term. */
export type GradeFacts = GradeWriteFacts

type Ids = { subject: unknown; class: unknown; term: unknown }

/**
 * Loads the subject, class and term of a grade once per request (a sheet of 45 students asks for the
 * same three documents 45 times). Read with access overridden: the hooks checking a write need the
 * facts whatever the caller may read; nothing of them is returned.
 */
export const loadGradeFacts = (req: PayloadRequest, ids: Ids): Promise<GradeFacts | null> => {
  const subjectId = relationId(ids.subject)
  const classId = relationId(ids.class)
  const termId = relationId(ids.term)
  if (subjectId === null || classId === null || termId === null) return Promise.resolve(null)
  return requestMemo(req, `gradeFacts:${subjectId}|${classId}|${termId}`, () =>
    readFacts(req, subjectId, classId, termId),
  )
}

const readFacts = async (
  req: PayloadRequest,
  subjectId: number | string,
  classId: number | string,
  termId: number | string,
): Promise<GradeFacts | null> => {
  const common = { req, depth: 0, overrideAccess: true, disableErrors: true } as const
  const [subject, klass, term] = await Promise.all([
    req.payload.findByID({ ...common, collection: 'subjects', id: subjectId }),
    req.payload.findByID({ ...common, collection: 'classes', id: classId }),
    req.payload.findByID({ ...common, collection: 'terms', id: termId }),
  ])
  if (!subject || !klass || !term) return null
  const grade = Number(klass.grade)
  const counts = (subject.regularAssessments ?? {}) as Record<string, number | null | undefined>
  return {
    kind: subject.assessment === 'comment' ? 'comment' : 'score',
    requiredRegular: Number(counts[`grade${grade}`] ?? 0),
    classGrade: grade,
    classYear: relationId(klass.schoolYear),
    termYear: relationId(term.schoolYear),
    termStatus: term.status,
    subjectName: subject.name,
  }
}
