import type { AdminViewServerProps } from 'payload'

import { canReadHealthReport, resultsReportScope } from '@/access/reports'
import { reportLabel } from '@/domain/reports/labels'
import { healthReport } from '@/endpoints/reports/healthReport'
import { loadPeriod } from '@/endpoints/reports/loadPeriod'
import { resultsReport } from '@/endpoints/reports/resultsReport'

import { AdminPage } from '../AdminPage'
import { BarChart, shareBars } from './BarChart'
import { PeriodForm } from './PeriodForm'

/**
 * `/admin/thong-ke`: the results and health statistics of a school year or term, drawn as bar
 * charts from the same functions as `/api/reports/*`, with the district's workbooks to download.
 */
export const StatisticsView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const mayResults = req.user ? (await resultsReportScope(req)) !== null : false
  const mayHealth = req.user ? canReadHealthReport(req) : false
  if (!mayResults && !mayHealth)
    return (
      <AdminPage view={view} title="Thống kê, báo cáo">
        <p>Chỉ ban giám hiệu, tổ trưởng chuyên môn và nhân viên y tế xem được thống kê.</p>
      </AdminPage>
    )
  // The years and terms to choose from: names only, read with the user's access.
  const years = (
    await req.payload.find({
      collection: 'school-years',
      req,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: '-startDate',
    })
  ).docs
  const terms = (
    await req.payload.find({ collection: 'terms', req, overrideAccess: false, depth: 0, pagination: false })
  ).docs
  const query = view.searchParams ?? {}
  const yearId = String(query.schoolYear ?? years.find((y) => y.isCurrent)?.id ?? years[0]?.id ?? '')
  const termId = typeof query.term === 'string' ? query.term : ''
  const period = await loadPeriod(req, { schoolYear: yearId, term: termId }, true)
  const results = mayResults && !('status' in period) ? await resultsReport(req, period) : null
  const health = mayHealth && !('status' in period) ? await healthReport(req, period) : null
  const school = results?.scopes.find((s) => s.level === 'school')
  const download = (path: string) =>
    `/api/reports/${path}?${new URLSearchParams({ schoolYear: yearId, ...(termId ? { term: termId } : {}), format: 'xlsx' })}`

  return (
    <AdminPage view={view} title="Thống kê, báo cáo">
      <PeriodForm
        years={years.map((y) => ({ id: String(y.id), name: String(y.name) }))}
        terms={terms.map((t) => ({ id: String(t.id), name: String(t.name), schoolYear: String(t.schoolYear) }))}
        yearId={yearId}
        termId={termId}
      />
      {'status' in period ? <p role="alert">{period.message}</p> : null}
      {results && school ? (
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua">
            Kết quả giáo dục — {results.term ? results.term.name : `cả năm ${results.schoolYear.name}`}
          </h2>
          <p>
            Toàn trường: {school.students} học sinh. <a href={download('results')}>Tải bảng thống kê (.xlsx)</a>
          </p>
          {'learning' in school ? (
            <>
              <BarChart title="Kết quả học tập" bars={shareBars(school.learning, reportLabel)} max={100} />
              <BarChart title="Kết quả rèn luyện" bars={shareBars(school.training, reportLabel)} max={100} />
              {school.outcomes ? (
                <BarChart title="Lên lớp, ở lại" bars={shareBars(school.outcomes, reportLabel)} max={100} />
              ) : null}
              {school.titles ? (
                <BarChart title="Danh hiệu" bars={shareBars(school.titles, reportLabel)} max={100} />
              ) : null}
            </>
          ) : null}
          <BarChart
            title="Điểm trung bình môn (toàn trường)"
            max={10}
            bars={school.subjects
              .filter((s) => s.average !== null)
              .map((s) => ({
                label: results.subjects.find((x) => x.id === s.subjectId)?.name ?? String(s.subjectId),
                value: Number(s.average),
                text: s.average!.replace('.', ','),
              }))}
          />
        </section>
      ) : null}
      {health ? (
        <section aria-labelledby="suc-khoe">
          <h2 id="suc-khoe">Sức khỏe học sinh — năm học {health.schoolYear.name}</h2>
          <p>
            <a href={`/api/reports/health?schoolYear=${yearId}&format=xlsx`}>Tải bảng thống kê sức khỏe (.xlsx)</a>
          </p>
          {health.rows
            .filter((r) => r.grade === null)
            .map((r) => (
              <div key="school">
                <p>
                  Đã khám {r.checked}/{r.students} học sinh.
                </p>
                <BarChart
                  title="Tình trạng dinh dưỡng (BMI theo tuổi)"
                  bars={shareBars(r.bands, reportLabel)}
                  max={100}
                />
                <BarChart title="Thị lực" bars={shareBars(r.reducedEyesight, reportLabel)} max={100} />
                <BarChart title="Tật khúc xạ" bars={shareBars(r.refraction, reportLabel)} max={100} />
              </div>
            ))}
        </section>
      ) : null}
    </AdminPage>
  )
}
