import { formatPercent } from '@/domain/reports/tally'

export type Bar = { label: string; value: number; text: string }

/**
 * A horizontal bar chart drawn on the server as SVG: no chart library, nothing fetched. Bars are
 * scaled to `max` (100 % for shares, 10 for averages).
 */
export const BarChart = ({ title, bars, max }: { title: string; bars: Bar[]; max: number }) => {
  const rowHeight = 26
  const labelWidth = 190
  const barWidth = 300
  const height = bars.length * rowHeight + 8
  return (
    <figure style={{ margin: '0 0 1.5rem' }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 6 }}>{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.text}`).join('; ')}`}
        width={labelWidth + barWidth + 90}
        height={height}
        viewBox={`0 0 ${labelWidth + barWidth + 90} ${height}`}
      >
        {bars.map((bar, i) => {
          const y = i * rowHeight + 4
          const width = max > 0 ? Math.round((Math.min(bar.value, max) / max) * barWidth) : 0
          return (
            <g key={bar.label}>
              <text x={labelWidth - 8} y={y + 15} textAnchor="end" fontSize="13" fill="currentColor">
                {bar.label}
              </text>
              <rect x={labelWidth} y={y} width={barWidth} height={18} fill="var(--theme-elevation-100)" />
              <rect x={labelWidth} y={y} width={width} height={18} fill="var(--theme-success-500, #2f855a)" />
              <text x={labelWidth + barWidth + 8} y={y + 15} fontSize="13" fill="currentColor">
                {bar.text}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}

/** Bars of a distribution: each share as a percentage, with its count. */
export const shareBars = (
  list: Array<{ key: string; count: number; percentTenths: number }>,
  label: (k: string) => string,
) =>
  list.map((s) => ({
    label: label(s.key),
    value: s.percentTenths / 10,
    text: `${s.count} (${formatPercent(s.percentTenths)}%)`,
  }))
