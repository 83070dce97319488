type Choice = { id: string; name: string }

/** The year and term to report on, as a plain GET form: works without client script. */
export const PeriodForm = ({
  years,
  terms,
  yearId,
  termId,
}: {
  years: Choice[]
  terms: Array<Choice & { schoolYear: string }>
  yearId: string
  termId: string
}) => (
  <form method="get" style={{ display: 'flex', gap: 12, alignItems: 'end', flexWrap: 'wrap', marginBottom: 16 }}>
    <label>
      Năm học
      <br />
      <select name="schoolYear" defaultValue={yearId}>
        {years.map((y) => (
          <option key={y.id} value={y.id}>
            {y.name}
          </option>
        ))}
      </select>
    </label>
    <label>
      Học kỳ
      <br />
      <select name="term" defaultValue={termId}>
        <option value="">Cả năm</option>
        {terms
          .filter((t) => t.schoolYear === yearId)
          .map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
      </select>
    </label>
    <button type="submit" className="btn btn--style-primary btn--size-small">
      Xem thống kê
    </button>
  </form>
)
