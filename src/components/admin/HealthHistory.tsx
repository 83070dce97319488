import type { PayloadRequest, UIFieldServerProps } from 'payload'

import { chartPoints, type Measure, type SeriesKey } from '@/domain/health/history'

const SERIES: Array<{ key: SeriesKey; label: string; color: string; unit: string }> = [
  { key: 'heightCm', label: 'Chiều cao', color: '#2563eb', unit: 'cm' },
  { key: 'weightKg', label: 'Cân nặng', color: '#16a34a', unit: 'kg' },
  { key: 'bmi', label: 'BMI', color: '#dc2626', unit: '' },
]
const W = 360
const H = 120

/**
 * The student's check-ups over time (height, weight, BMI) on the student's page. Read as the
 * signed-in user (`overrideAccess: false`): only those who may read the health records see it, and
 * the read is logged like any other.
 */
export const HealthHistory = async ({ data, payload, user, req }: UIFieldServerProps & { req?: PayloadRequest }) => {
  const id = (data as { id?: number } | undefined)?.id
  if (!id || !user) return null
  let history: Measure[] = []
  try {
    const result = await payload.find({
      collection: 'health-records',
      where: { student: { equals: id } },
      sort: 'checkDate',
      pagination: false,
      depth: 0,
      user,
      overrideAccess: false,
      select: { checkDate: true, heightCm: true, weightKg: true, bmi: true },
      ...(req ? { req } : {}),
    })
    history = result.docs as Measure[]
  } catch {
    return null
  }
  if (history.length === 0) return null
  return (
    <div className="field-type health-history" style={{ marginBottom: '1.5rem' }}>
      <h4>Lịch sử sức khỏe</h4>
      <svg
        width={W}
        height={H}
        role="img"
        aria-label="Biểu đồ chiều cao, cân nặng và BMI qua các lần khám"
        style={{ border: '1px solid var(--theme-elevation-150)' }}
      >
        {SERIES.map((s) => {
          const points = chartPoints(history, s.key, W, H)
          return (
            <g key={s.key}>
              <polyline
                fill="none"
                stroke={s.color}
                strokeWidth={2}
                points={points.map((p) => `${p.x},${p.y}`).join(' ')}
              />
              {points.map((p, i) => (
                <circle key={i} cx={p.x} cy={p.y} r={3} fill={s.color} />
              ))}
            </g>
          )
        })}
      </svg>
      <table style={{ marginTop: '0.5rem' }}>
        <thead>
          <tr>
            <th>Ngày khám</th>
            {SERIES.map((s) => (
              <th key={s.key} style={{ color: s.color }}>
                {s.label}
                {s.unit ? ` (${s.unit})` : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.map((m) => (
            <tr key={m.checkDate}>
              <td>{new Date(m.checkDate).toLocaleDateString('vi-VN')}</td>
              {SERIES.map((s) => (
                <td key={s.key}>{m[s.key] ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
