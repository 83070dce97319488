/** Under an action field: the hint, then what the last attempt said (an error as an alert, a success as a status). */
export const FieldFeedback = ({ hint, error, done }: { hint: string; error: string | null; done: string | null }) => (
  <>
    <p style={{ margin: '0.25rem 0', color: 'var(--theme-elevation-650)' }}>{hint}</p>
    {error ? (
      <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
        {error}
      </p>
    ) : null}
    {done ? <p role="status">{done}</p> : null}
  </>
)
