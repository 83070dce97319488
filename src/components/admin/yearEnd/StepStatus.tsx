import type { StepMessage } from './useYearEndStep'

/** The outcome of the last step: an alert on a refusal, a status otherwise (read by screen readers). */
export const StepStatus = ({ message }: { message: StepMessage }) => (
  <p
    role={message?.kind === 'error' ? 'alert' : 'status'}
    className={`year-end__message year-end__message--${message?.kind ?? 'none'}`}
  >
    {message?.text ?? ''}
  </p>
)
