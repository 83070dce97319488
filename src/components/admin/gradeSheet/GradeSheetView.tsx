import type { AdminViewServerProps } from 'payload'

import { relationId } from '@/access/relation-id'
import { loadScope } from '@/access/scope'

import { worklistContext } from '@/endpoints/worklist/context'
import { sheetsWithEmptyCells } from '@/endpoints/worklist/teacher'

import { AdminPage } from '../AdminPage'
import { GradeSheetGrid, type SheetChoice } from './GradeSheetGrid'

/** `/admin/so-diem`: the subject teacher picks an assignment and a term and enters the sheet. */
export const GradeSheetView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const scope = await loadScope(req)
  const choices: SheetChoice[] = []
  if (scope.taught.length > 0 && scope.schoolYearId !== null) {
    // Names of the user's own classes and subjects, and the year's terms.
    const common = { req, overrideAccess: true, depth: 0, pagination: false } as const // system: names only, of the user's own assignments
    const [classes, subjects, terms] = await Promise.all([
      req.payload.find({ ...common, collection: 'classes', where: { id: { in: scope.taught.map((p) => p.classId) } } }),
      req.payload.find({
        ...common,
        collection: 'subjects',
        where: { id: { in: scope.taught.map((p) => p.subjectId) } },
      }),
      req.payload.find({
        ...common,
        collection: 'terms',
        where: { schoolYear: { equals: scope.schoolYearId } },
        sort: 'term',
      }),
    ])
    for (const pair of scope.taught) {
      const klass = classes.docs.find((c) => c.id === pair.classId)
      const subject = subjects.docs.find((s) => s.id === pair.subjectId)
      if (!klass || !subject) continue
      for (const term of terms.docs) {
        choices.push({
          label: `${subject.name} — ${klass.name} — ${term.name}`,
          class: Number(klass.id),
          subject: Number(subject.id),
          term: Number(relationId(term.id)),
        })
      }
    }
  }
  return (
    <AdminPage view={view} title="Nhập điểm">
      {choices.length === 0 ? (
        <p>Bạn chưa được phân công giảng dạy trong năm học hiện tại.</p>
      ) : (
        <GradeSheetGrid choices={choices} initial={await initialChoice(view, choices)} />
      )}
    </AdminPage>
  )
}

/**
 * The sheet to open: the one named in the address (class, subject, term), else the teacher's first
 * sheet of the open term that still has empty cells, else the first.
 */
const initialChoice = async (view: AdminViewServerProps, choices: SheetChoice[]) => {
  const params = (view.searchParams ?? {}) as Record<string, string | string[] | undefined>
  const named = choices.findIndex(
    (c) => String(c.class) === params.class && String(c.subject) === params.subject && String(c.term) === params.term,
  )
  if (named !== -1) return named
  const { req } = view.initPageResult
  const ctx = await worklistContext(req, new Date())
  const first = (await sheetsWithEmptyCells(ctx))[0]
  const open = first
    ? choices.findIndex(
        (c) =>
          c.class === Number(first.klass.id) && c.subject === Number(first.subject.id) && c.term === ctx.openTerm?.id,
      )
    : -1
  return open === -1 ? 0 : open
}
