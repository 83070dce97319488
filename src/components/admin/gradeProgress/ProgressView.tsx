import type { AdminViewServerProps } from 'payload'

import { entryProgressScope, seesGradeAnomalies } from '@/access/gradebook'
import { termUnderWay } from '@/domain/structure/terms'

import { AdminPage } from '../AdminPage'
import { ProgressTable, type TermChoice } from './ProgressTable'

/**
 * `/admin/tien-do-nhap-diem`: grade entry progress per teacher, class and subject for the principal,
 * the academic vice principal and department heads (the endpoint applies each one's scope), with a
 * "remind" action and, for the principal, the term's anomalies.
 */
export const ProgressView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const allowed = Boolean(req.user && entryProgressScope(req.user))
  let terms: TermChoice[] = []
  if (allowed) {
    // The terms' names, for the term filter: not protected data.
    const found = await req.payload.find({
      collection: 'terms',
      req,
      depth: 1,
      pagination: false,
      overrideAccess: true,
      sort: '-startDate',
    }) // system: term names only
    // Shown first: the term under way of the current year (dates holding today, else the first open).
    const under = termUnderWay(
      found.docs.filter((t) => Boolean((t.schoolYear as { isCurrent?: boolean } | null)?.isCurrent)),
      new Date(),
    )
    terms = found.docs.map((t) => ({ id: t.id, name: t.name, current: t.id === under?.id }))
  }
  return (
    <AdminPage view={view} title="Tiến độ nhập điểm">
      {allowed ? (
        <ProgressTable terms={terms} showAnomalies={seesGradeAnomalies(req.user)} />
      ) : (
        <p>Chỉ hiệu trưởng, phó hiệu trưởng chuyên môn và tổ trưởng chuyên môn xem được tiến độ nhập điểm.</p>
      )}
    </AdminPage>
  )
}
