import { Forbidden, type PayloadRequest, type UIFieldServerProps } from 'payload'

import { BMI_BAND_LABELS, bmiBand, completedYears } from '@/domain/health/bmiForAge'
import { chartPoints, type Measure, type SeriesKey } from '@/domain/health/history'

const SERIES: Array<{ key: SeriesKey; label: string; color: string; unit: string }> = [
  { key: 'heightCm', label: 'Chiều cao', color: '#2563eb', unit: 'cm' },
  { key: 'weightKg', label: 'Cân nặng', color: '#16a34a', unit: 'kg' },
  { key: 'bmi', label: 'BMI', color: '#dc2626', unit: 'kg/m²' },
]
const W = 300
const H = 130
/** Room for the value axis on the left and the dates below. */
const LEFT = 56
const BOTTOM = 22

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  })
const number = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })

/** One measure over time, with its axes: values with their unit on the left, check-up dates below. */
const Chart = ({ history, series }: { history: Measure[]; series: (typeof SERIES)[number] }) => {
  const present = history.filter((m) => typeof m[series.key] === 'number')
  if (present.length === 0) return null
  const points = chartPoints(present, series.key, W - LEFT, H - BOTTOM)
  const values = points.map((p) => p.value)
  const [min, max] = [Math.min(...values), Math.max(...values)]
  const top = points.find((p) => p.value === max)!.y
  const bottom = points.find((p) => p.value === min)!.y
  const axis = 'var(--theme-elevation-400)'
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ color: series.color, fontWeight: 600 }}>
        {series.label} ({series.unit})
      </figcaption>
      <svg
        width={W}
        height={H}
        role="img"
        aria-label={`${series.label} qua các lần khám, từ ${number(values[0])} đến ${number(values[values.length - 1])} ${series.unit}`}
        style={{ fontSize: 10, fill: 'var(--theme-elevation-800)' }}
      >
        <line x1={LEFT} y1={0} x2={LEFT} y2={H - BOTTOM} stroke={axis} />
        <line x1={LEFT} y1={H - BOTTOM} x2={W} y2={H - BOTTOM} stroke={axis} />
        <text x={LEFT - 4} y={top + 3} textAnchor="end">
          {number(max)} {series.unit}
        </text>
        {min !== max ? (
          <text x={LEFT - 4} y={bottom + 3} textAnchor="end">
            {number(min)} {series.unit}
          </text>
        ) : null}
        <text x={LEFT + points[0].x} y={H - 6} textAnchor="start">
          {day(present[0].checkDate)}
        </text>
        {present.length > 1 ? (
          <text x={LEFT + points[points.length - 1].x} y={H - 6} textAnchor="end">
            {day(present[present.length - 1].checkDate)}
          </text>
        ) : null}
        <g transform={`translate(${LEFT},0)`}>
          <polyline
            fill="none"
            stroke={series.color}
            strokeWidth={2}
            points={points.map((p) => `${p.x},${p.y}`).join(' ')}
          />
          {points.map((p, i) => (
            <circle key={i} cx={p.x} cy={p.y} r={3} fill={series.color}>
              <title>
                {day(present[i].checkDate)}: {number(p.value)} {series.unit}
              </title>
            </circle>
          ))}
        </g>
      </svg>
    </figure>
  )
}

/**
 * The student's check-ups over time (height, weight, BMI) on the student's page, each measure on
 * its own axes with dates and units. Read as the signed-in user (`overrideAccess: false`): only
 * those who may read the health records see it, and the read is logged like any other.
 */
export const HealthHistory = async ({ data, payload, user, req }: UIFieldServerProps & { req?: PayloadRequest }) => {
  const student = data as { id?: number; dateOfBirth?: string | null; gender?: string | null } | undefined
  const id = student?.id
  if (!id || !user) return null
  /** The WHO BMI-for-age band of a check-up, for the student's sex and age on that day. */
  const band = (m: Measure) => {
    if (!student?.dateOfBirth) return null
    const found = bmiBand(m.bmi, student.gender, completedYears(student.dateOfBirth, m.checkDate))
    return found ? BMI_BAND_LABELS[found] : null
  }
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
  } catch (err) {
    // A reader without access to health records sees no history; anything else is worth a log line.
    if (!(err instanceof Forbidden)) payload.logger.error({ err, student: id }, 'Reading the health history failed')
    return null
  }
  if (history.length === 0) return null
  return (
    <div className="field-type health-history" style={{ marginBottom: '1.5rem' }}>
      <h4>Lịch sử sức khỏe</h4>
      <div
        role="group"
        aria-label="Biểu đồ chiều cao, cân nặng và BMI qua các lần khám"
        style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}
      >
        {SERIES.map((s) => (
          <Chart key={s.key} history={history} series={s} />
        ))}
      </div>
      <table style={{ marginTop: '0.5rem' }}>
        <thead>
          <tr>
            <th>Ngày khám</th>
            {SERIES.map((s) => (
              <th key={s.key} style={{ color: s.color }}>
                {s.label} ({s.unit})
              </th>
            ))}
            <th>BMI theo tuổi (WHO)</th>
          </tr>
        </thead>
        <tbody>
          {history.map((m) => (
            <tr key={m.checkDate}>
              <td>{day(m.checkDate)}</td>
              {SERIES.map((s) => (
                <td key={s.key}>{typeof m[s.key] === 'number' ? number(m[s.key] as number) : '—'}</td>
              ))}
              <td>{band(m) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
