import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { readsWholeGradebook } from '@/access/gradebook'
import { relationId } from '@/access/relation-id'
import { hasRole, type RoleHolder } from '@/access/roles'
import { LEVEL_NAMES, OUTCOME_NAMES, TITLE_NAMES } from '@/domain/books/books'
import { describeMissing, type SummerList } from '@/domain/grading'
import {
  type ClassYear,
  classYearStatus,
  loadClassYear,
  missingOf,
  summerOwed,
  YEAR_END_STATUS_WORDS,
} from '@/endpoints/yearEnd/classYear'

import { AdminPage } from '../AdminPage'
import { SummerEntry, type SummerRow, type SummerSubject } from './SummerEntry'
import { YearEndActions } from './YearEndActions'
import './yearEnd.css'

type ClassChoice = { id: number; name: string; year: string; current: boolean }
type User = RoleHolder & { id: number }

const TITLE = 'Kết quả cuối năm theo lớp'
const MISSING_SHOWN = 40

const DAY = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
})
const when = (iso: unknown) => (typeof iso === 'string' ? DAY.format(new Date(iso)) : '')

/** What this person teaches, class by class (the classes they follow, the summer re-assessments they enter). */
const teachingAssignments = async (req: PayloadRequest, user: User) => {
  const found = await req.payload.find({
    collection: 'teaching-assignments',
    where: { teacher: { equals: user.id } },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: false,
  })
  return found.docs.map((a) => ({ classId: relationId(a.class) as number, subjectId: relationId(a.subject) as number }))
}

/**
 * The classes whose year-end this person follows: every class for the whole gradebook's readers;
 * for a teacher the classes they lead or teach (a subject teacher enters summer re-assessments).
 */
const classChoices = async (
  req: PayloadRequest,
  user: User,
  taught: Array<{ classId: number }>,
): Promise<ClassChoice[]> => {
  const whole = readsWholeGradebook(user)
  const found = await req.payload.find({
    collection: 'classes',
    where: whole
      ? {}
      : { or: [{ homeroomTeacher: { equals: user.id } }, { id: { in: taught.map((t) => t.classId) } }] },
    depth: 1,
    pagination: false,
    req,
    overrideAccess: false,
  })
  return found.docs
    .map((c) => {
      const year = c.schoolYear as { name?: string; isCurrent?: boolean } | number
      return {
        id: c.id,
        name: c.name,
        year: typeof year === 'object' ? String(year.name) : '',
        current: typeof year === 'object' && Boolean(year.isCurrent),
      }
    })
    .sort(
      (a, b) => Number(b.current) - Number(a.current) || b.year.localeCompare(a.year) || a.name.localeCompare(b.name),
    )
}

/** The summer list as this person may see it: every listed student, or only those re-taking their subjects. */
const summerRows = (data: ClassYear, names: Map<string, string>, subjectCodes: Set<string> | 'all') =>
  data.results
    .filter((r) => r.summerList)
    .map((r): SummerRow => {
      const list = r.summerList as SummerList
      const results = (r.summerResults as Record<string, string | null> | null) ?? {}
      const id = String(relationId(r.student))
      return {
        studentId: id,
        name: names.get(id) ?? `mã ${id}`,
        subjects: list.subjects
          .filter((code) => subjectCodes === 'all' || subjectCodes.has(code))
          .map((code) => ({ code, value: results[code] ?? null })),
        training: subjectCodes === 'all' && list.training,
        trainingValue: (r.summerTraining as string | null) ?? null,
      }
    })
    .filter((row) => row.subjects.length > 0 || row.training)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))

/**
 * `/admin/cuoi-nam`: a class's year-end, step by step (A12, R4.7): what is still missing and who
 * owes it, every student's result, the summer phase, and the step this person may take — the
 * homeroom teacher computes and proposes, the principal approves a complete class and, after the
 * summer, closes it; subject teachers enter re-assessments. The endpoints decide; the page only
 * offers what the person's role could do, and shows a subject teacher only their summer list.
 */
export const YearEndView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  if (!req.user || req.user.collection !== 'users')
    return (
      <AdminPage view={view} title={TITLE}>
        <p>Cần đăng nhập.</p>
      </AdminPage>
    )
  const user = req.user as unknown as User
  // Read once: the classes a teacher may pick, and the subjects they enter in the chosen one.
  const taught = await teachingAssignments(req, user)
  const classes = await classChoices(req, user, taught)
  const asked = Number(view.searchParams?.class)
  const chosen = classes.find((c) => c.id === asked) ?? classes[0]
  if (!chosen)
    return (
      <AdminPage view={view} title={TITLE}>
        <p>
          Trang này dành cho giáo viên chủ nhiệm, giáo viên bộ môn, hiệu trưởng, phó hiệu trưởng chuyên môn và cán bộ
          quản lý sổ điểm.
        </p>
      </AdminPage>
    )
  // The class was listed with this person's access above; what it shows depends on their part in it.
  const data = (await loadClassYear(req, chosen.id))!
  const status = classYearStatus(data)
  const homeroom = relationId(data.klass.homeroomTeacher) === user.id
  const seesClass = homeroom || readsWholeGradebook(user)
  const principal = hasRole(user, 'principal')
  const mine = new Set(taught.filter((t) => t.classId === data.klass.id).map((t) => t.subjectId))
  const names = new Map(data.records.students.map((s) => [s.id, s.name]))
  const subjects: SummerSubject[] = data.taught.map((s) => ({
    id: s.doc.id,
    code: s.doc.code,
    name: s.doc.name,
    editable: status === 'approved' && mine.has(s.doc.id),
  }))
  const summer = summerRows(
    data,
    names,
    seesClass ? 'all' : new Set(subjects.filter((s) => mine.has(s.id)).map((s) => s.code)),
  )
  const first = data.results[0]
  const picker = (
    <form method="get" className="year-end__picker">
      <label htmlFor="year-end-class">Lớp</label>
      <select id="year-end-class" name="class" defaultValue={String(chosen.id)}>
        {classes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} — năm học {c.year}
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        Xem
      </button>
    </form>
  )
  const summerSection =
    status === 'approved' || status === 'closed' ? (
      <section aria-labelledby="year-end-summer">
        <h2 id="year-end-summer">Kiểm tra lại và rèn luyện trong hè</h2>
        {summer.length === 0 ? (
          <p>Không có học sinh nào {seesClass ? '' : 'của môn bạn dạy '}trong danh sách hè.</p>
        ) : (
          <SummerEntry
            classId={data.klass.id}
            rows={summer}
            subjects={subjects}
            editTraining={homeroom && status === 'approved'}
          />
        )}
      </section>
    ) : null

  if (!seesClass)
    return (
      <AdminPage view={view} title={TITLE}>
        {picker}
        <h2>
          Lớp {data.klass.name}: {YEAR_END_STATUS_WORDS[status]}
        </h2>
        {summerSection ?? (
          <p>Giáo viên bộ môn nhập điểm kiểm tra lại tại đây sau khi hiệu trưởng duyệt kết quả của lớp.</p>
        )}
      </AdminPage>
    )

  const missing = missingOf(data)
  const summerComplete = data.results.every((r) => summerOwed(r).length === 0)
  const results = [...data.results].sort((a, b) =>
    (names.get(String(relationId(a.student))) ?? '').localeCompare(
      names.get(String(relationId(b.student))) ?? '',
      'vi',
    ),
  )
  return (
    <AdminPage view={view} title={TITLE}>
      <div className="year-end">
        {picker}
        <section aria-labelledby="year-end-status" className="year-end__status" data-status={status}>
          <h2 id="year-end-status">
            Lớp {data.klass.name}: {YEAR_END_STATUS_WORDS[status]}
          </h2>
          <p>
            Giáo viên chủ nhiệm: {data.records.homeroomTeacher}. {data.records.students.length} học sinh,{' '}
            {results.length} đã có kết quả.
            {first?.proposedAt ? ` Đề xuất ngày ${when(first.proposedAt)}.` : ''}
            {first?.approvedAt ? ` Hiệu trưởng duyệt ngày ${when(first.approvedAt)}.` : ''}
            {first?.closedAt ? ` Khoá sổ ngày ${when(first.closedAt)}.` : ''}
          </p>
          <YearEndActions
            classId={data.klass.id}
            className={data.klass.name}
            status={status}
            homeroom={homeroom}
            principal={principal}
            complete={missing.length === 0}
            summerComplete={summerComplete}
          />
        </section>

        <section aria-labelledby="year-end-missing">
          <h2 id="year-end-missing">
            {missing.length === 0 ? 'Đã đủ dữ liệu để duyệt' : `Còn thiếu ${missing.length} mục`}
          </h2>
          {missing.length > 0 && (
            <ul className="year-end__missing">
              {missing.slice(0, MISSING_SHOWN).map((m, i) => (
                <li key={i}>{describeMissing(m)}</li>
              ))}
              {missing.length > MISSING_SHOWN && <li>… và {missing.length - MISSING_SHOWN} mục khác.</li>}
            </ul>
          )}
        </section>

        {summerSection}

        <section aria-labelledby="year-end-results">
          <h2 id="year-end-results">Kết quả từng học sinh</h2>
          {results.length === 0 ? (
            <p>Chưa tính kết quả. Giáo viên chủ nhiệm bấm “Tính kết quả”.</p>
          ) : (
            <table className="year-end__table year-end__results">
              <thead>
                <tr>
                  <th scope="col">STT</th>
                  <th scope="col">Học sinh</th>
                  <th scope="col">Học tập</th>
                  <th scope="col">Rèn luyện</th>
                  <th scope="col">Kết quả</th>
                  <th scope="col">Danh hiệu</th>
                  <th scope="col">Nhận xét của GVCN</th>
                </tr>
              </thead>
              <tbody>
                {results.map((r, i) => (
                  <tr key={r.id}>
                    <td>{i + 1}</td>
                    <th scope="row">
                      <a href={`/admin/collections/year-end-results/${r.id}`}>
                        {names.get(String(relationId(r.student))) ?? '—'}
                      </a>
                    </th>
                    <td>{r.learning ? LEVEL_NAMES[r.learning] : '—'}</td>
                    <td>{r.training ? LEVEL_NAMES[r.training] : '—'}</td>
                    <td>{r.outcome ? (OUTCOME_NAMES[r.outcome] ?? r.outcome) : '—'}</td>
                    <td>{r.title ? TITLE_NAMES[r.title] : ''}</td>
                    <td>{r.comment ? 'Đã có' : 'Chưa có'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </AdminPage>
  )
}
