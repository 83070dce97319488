'use client'

import { StepStatus } from './StepStatus'
import { useYearEndStep } from './useYearEndStep'

type Status = 'draft' | 'proposed' | 'approved' | 'closed'

type Step = { path: string; label: string; done: string; confirm?: string }

const STEPS = {
  compute: { path: 'compute', label: 'Tính kết quả', done: 'Đã tính kết quả của lớp.' },
  propose: {
    path: 'propose',
    label: 'Đề xuất lên hiệu trưởng',
    done: 'Đã đề xuất kết quả của lớp lên hiệu trưởng.',
  },
  approve: {
    path: 'approve',
    label: 'Duyệt kết quả cả lớp',
    done: 'Đã duyệt kết quả cuối năm của lớp.',
    confirm: 'Duyệt kết quả cuối năm của cả lớp? Sau khi duyệt, kết quả chỉ thay đổi qua kết quả hè hoặc điều chỉnh.',
  },
  close: {
    path: 'close',
    label: 'Duyệt lần cuối và khoá sổ',
    done: 'Đã duyệt lần cuối và khoá sổ cuối năm của lớp.',
    confirm: 'Duyệt lần cuối và khoá sổ? Sau đó kết quả chỉ thay đổi qua điều chỉnh của hiệu trưởng.',
  },
} satisfies Record<string, Step>

/** The steps this person's role could take at the class's status; the server decides and explains a refusal. */
const offered = (status: Status, homeroom: boolean, principal: boolean): Step[] => {
  const steps: Step[] = []
  if (homeroom && (status === 'draft' || status === 'proposed')) steps.push(STEPS.compute, STEPS.propose)
  if (principal && status === 'proposed') steps.push(STEPS.approve)
  if (principal && status === 'approved') steps.push(STEPS.close)
  return steps
}

export const YearEndActions = ({
  classId,
  className,
  status,
  homeroom,
  principal,
  complete,
  summerComplete,
}: {
  classId: number
  className: string
  status: Status
  homeroom: boolean
  principal: boolean
  complete: boolean
  /** Every listed student has every summer result (the close needs it). */
  summerComplete: boolean
}) => {
  const { busy, hydrated, message, post } = useYearEndStep(classId)
  const steps = offered(status, homeroom, principal)
  if (steps.length === 0) return null

  const blockedReason = (step: Step) => {
    if (step === STEPS.approve && !complete) return 'Lớp còn thiếu dữ liệu (xem danh sách bên dưới).'
    if (step === STEPS.close && !summerComplete) return 'Còn học sinh chưa có kết quả hè (xem bảng bên dưới).'
    return undefined
  }
  const take = async (step: Step) => {
    if (step.confirm && !window.confirm(`Lớp ${className}: ${step.confirm}`)) return
    await post(step.path, {}, step.done)
  }

  return (
    <div className="year-end__actions">
      {steps.map((step) => (
        <button
          key={step.path}
          type="button"
          className="btn btn--style-primary btn--size-medium"
          disabled={!hydrated || busy || blockedReason(step) !== undefined}
          title={blockedReason(step)}
          onClick={() => void take(step)}
        >
          {step.label}
        </button>
      ))}
      <StepStatus message={message} />
    </div>
  )
}
