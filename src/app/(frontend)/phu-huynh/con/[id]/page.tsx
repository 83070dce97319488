import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { OUTCOME_NAMES } from '@/domain/books/books'
import { LEVEL_LABELS } from '@/domain/grading/levels'
import { TITLE_LABELS } from '@/domain/grading/outcome'
import { monthLabel } from '@/domain/messages/results'
import { childSummary } from '@/portal/children'
import { childMessages, markThreadRead } from '@/portal/messages'

import { formatDate } from '../../../_lib/format'
import { currentGuardian, noticeOf } from '../../_portal'
import { PortalNotice } from '../../_parts'

export const metadata: Metadata = { title: 'Kết quả của con', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** A score's canonical text ("7.5", "D", "CD") as Vietnamese readers write it. */
const showResult = (value: string | null) => {
  if (!value) return '—'
  if (value === 'D') return 'Đ'
  if (value === 'CD') return 'CĐ'
  return value.replace('.', ',')
}
const level = (value: string | null | undefined) =>
  value ? (LEVEL_LABELS[value as keyof typeof LEVEL_LABELS] ?? value) : '—'
const decimal = (value: number | null) => (value === null ? '—' : String(value).replace('.', ','))

export default async function ChildPage({ params, searchParams }: Props) {
  const { id } = await params
  const query = await searchParams
  const { payload, guardian } = await currentGuardian()
  if (!guardian) redirect('/phu-huynh')
  const child = await childSummary({ payload }, guardian.id, id)
  if (!child) notFound()
  await markThreadRead(payload, guardian.id, child.id)
  const messages = await childMessages(payload, guardian.id, child.id)
  const notice = noticeOf(query.loi) ?? noticeOf(query.tb)

  return (
    <section className="portal">
      <p>
        <a href="/phu-huynh">← Cổng thông tin phụ huynh</a>
      </p>
      <h1>{child.fullName}</h1>
      <p>
        Lớp {child.className ?? '—'}
        {child.homeroomTeacher ? ` · Giáo viên chủ nhiệm: ${child.homeroomTeacher}` : ''}
      </p>
      <PortalNotice notice={notice} role="status" />

      <h2>Kết quả học tập</h2>
      {child.terms.length === 0 ? <p>Chưa có học kỳ nào đã khoá sổ điểm.</p> : null}
      {child.terms.map((term) => (
        <div key={term.id} className="portal-block">
          <h3>
            {term.name}
            {term.schoolYear && !term.name.includes(term.schoolYear) ? ` (${term.schoolYear})` : ''}
          </h3>
          <div className="portal-table">
            <table>
              <thead>
                <tr>
                  <th scope="col">Môn học</th>
                  <th scope="col">Điểm TB / Mức</th>
                  <th scope="col">Nhận xét</th>
                </tr>
              </thead>
              <tbody>
                {term.subjects.map((s) => (
                  <tr key={s.subject}>
                    <td>{s.subject}</td>
                    <td>{showResult(s.average)}</td>
                    <td>{s.comment ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            Rèn luyện: <strong>{level(term.conduct?.level)}</strong>
            {term.conduct?.comment ? ` — ${term.conduct.comment}` : ''}
          </p>
        </div>
      ))}

      {child.yearEnd.length > 0 ? <h2>Kết quả cả năm</h2> : null}
      {child.yearEnd.map((y) => (
        <div key={String(y.schoolYear)} className="portal-block">
          <h3>Năm học {y.schoolYear}</h3>
          <p>
            Học tập: <strong>{level(y.learning)}</strong> · Rèn luyện: <strong>{level(y.training)}</strong>
          </p>
          <p>
            Kết quả: <strong>{y.outcome ? (OUTCOME_NAMES[y.outcome] ?? y.outcome) : '—'}</strong>
            {y.title ? ` · ${TITLE_LABELS[y.title as keyof typeof TITLE_LABELS] ?? y.title}` : ''}
          </p>
          {y.comment ? <p>Nhận xét của GVCN: {y.comment}</p> : null}
        </div>
      ))}

      <h2>Chuyên cần</h2>
      {child.attendance.length === 0 ? <p>Chưa có số liệu.</p> : null}
      {child.attendance.length > 0 ? (
        <div className="portal-table">
          <table>
            <thead>
              <tr>
                <th scope="col">Tháng</th>
                <th scope="col">Nghỉ có phép</th>
                <th scope="col">Nghỉ không phép</th>
              </tr>
            </thead>
            <tbody>
              {child.attendance.map((a) => (
                <tr key={a.month}>
                  <td>{monthLabel(a.month)}</td>
                  <td>{a.excused}</td>
                  <td>{a.unexcused}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <h2>Sức khỏe</h2>
      {child.health.length === 0 ? <p>Chưa có kết quả khám sức khỏe.</p> : null}
      {child.health.map((h) => (
        <p key={h.checkDate} className="portal-block">
          Ngày khám {formatDate(h.checkDate)}: cao {decimal(h.heightCm)} cm, nặng {decimal(h.weightKg)} kg, BMI{' '}
          {decimal(h.bmi)}
          {h.bmiBand ? ` (${h.bmiBand})` : ''}; thị lực trái {h.eyesightLeft ?? '—'}, phải {h.eyesightRight ?? '—'}
        </p>
      ))}

      <h2>Tin nhắn của nhà trường</h2>
      {messages.fromSchool.length === 0 ? <p>Chưa có tin nhắn.</p> : null}
      {messages.fromSchool.map((m) => (
        <article key={m.id} className="portal-block">
          <h3>{m.title}</h3>
          <p className="portal-muted">{formatDate(m.sentAt)}</p>
          <p className="portal-pre">{m.body}</p>
          {m.readAt ? (
            <p className="portal-muted">Đã xác nhận đọc ngày {formatDate(m.readAt)}</p>
          ) : (
            <form method="post" action="/phu-huynh/hanh-dong/da-doc">
              <input type="hidden" name="student" value={child.id} />
              <input type="hidden" name="message" value={m.id} />
              <button type="submit">Xác nhận đã đọc</button>
            </form>
          )}
        </article>
      ))}

      <h2>Trao đổi với giáo viên chủ nhiệm</h2>
      <ol className="portal-thread">
        {messages.thread.map((m) => (
          <li key={m.id} className={m.direction === 'from-school' ? 'from-school' : 'from-guardian'}>
            <p className="portal-muted">
              {m.direction === 'from-school' ? 'Giáo viên chủ nhiệm' : 'Anh/chị'} · {formatDate(m.createdAt)}
              {m.attachments > 0 ? ` · ${m.attachments} tệp đính kèm` : ''}
            </p>
            <p className="portal-pre">{m.body}</p>
          </li>
        ))}
      </ol>
      <form className="portal-form" method="post" action="/phu-huynh/hanh-dong/gui-tin" encType="multipart/form-data">
        <input type="hidden" name="student" value={child.id} />
        <label>
          Tin nhắn (tối đa 2.000 ký tự)
          <textarea name="body" rows={5} required />
        </label>
        <label>
          Tệp đính kèm (ảnh hoặc PDF, không bắt buộc)
          <input name="file" type="file" accept="image/jpeg,image/png,image/webp,application/pdf" />
        </label>
        <button type="submit">Gửi giáo viên chủ nhiệm</button>
      </form>

      <h2>Đồng ý công bố ảnh, tên của con</h2>
      <p>
        Hiện tại: <strong>{child.publicationConsent ? 'Đã đồng ý' : 'Chưa đồng ý'}</strong>. Nhà trường chỉ đăng ảnh,
        tên của con trên website khi có sự đồng ý của cha mẹ và của con.
      </p>
      <form method="post" action="/phu-huynh/hanh-dong/dong-y">
        <input type="hidden" name="student" value={child.id} />
        <input type="hidden" name="consent" value={child.publicationConsent ? 'false' : 'true'} />
        <button type="submit">{child.publicationConsent ? 'Rút lại đồng ý' : 'Đồng ý công bố'}</button>
      </form>
    </section>
  )
}
