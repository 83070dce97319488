import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { entryProgressScope, seesGradeAnomalies } from '@/access/gradebook'

import { ProgressTable, type TermChoice } from './ProgressTable'

/**
 * `/admin/tien-do-nhap-diem`: grade entry progress per teacher, class and subject for the principal,
 * the academic vice principal and department heads (the endpoint applies each one's scope), with a
 * "remind" action and, for the principal, the term's anomalies.
 */
export const ProgressView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const allowed = Boolean(req.user && entryProgressScope(req.user as never))
  let terms: TermChoice[] = []
  if (allowed) {
    // The terms' names, for the term filter: not protected data.
    const found = await req.payload.find({ collection: 'terms', req, depth: 1, pagination: false, overrideAccess: true, sort: '-startDate' }) // system: term names only
    terms = found.docs.map((t) => ({ id: t.id, name: t.name, current: Boolean((t.schoolYear as { isCurrent?: boolean } | null)?.isCurrent) && t.status === 'open' }))
  }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Tiến độ nhập điểm</h1>
        {allowed ? (
          <ProgressTable terms={terms} showAnomalies={seesGradeAnomalies(req.user as never)} />
        ) : (
          <p>Chỉ hiệu trưởng, phó hiệu trưởng chuyên môn và tổ trưởng chuyên môn xem được tiến độ nhập điểm.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
