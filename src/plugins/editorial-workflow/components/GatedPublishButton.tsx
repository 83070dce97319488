'use client'
import { PublishButton, useFormFields, useTranslation } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'

type Label = { vi: string; en: string }

/**
 * Payload's "Xuất bản" button only where the workflow allows publishing (the document is at the
 * publish stage, or already live); elsewhere a sentence saying which stage comes first, instead of
 * a button that fails with a message about `_status`. The server's guard still decides.
 */
export const GatedPublishButton = ({
  stageField,
  publishStage,
  stages,
  ...props
}: PublishButtonClientProps & {
  stageField: string
  publishStage: string
  stages: Array<{ value: string; label: Label }>
}) => {
  const { i18n } = useTranslation()
  const stage = useFormFields(([fields]) => fields[stageField]?.value as string | undefined)
  const status = useFormFields(([fields]) => fields._status?.value as string | undefined)
  if (stage === publishStage || status === 'published') return <PublishButton {...props} />
  const name = (value: string | undefined) => {
    const label = stages.find((s) => s.value === value)?.label
    return label ? label[i18n.language === 'en' ? 'en' : 'vi'] : (value ?? '')
  }
  return (
    <span className="gated-publish" style={{ alignSelf: 'center', color: 'var(--theme-elevation-650)' }}>
      {i18n.language === 'en'
        ? `Published once the stage is "${name(publishStage)}" (now: "${name(stage)}").`
        : `Xuất bản được khi bài ở bước "${name(publishStage)}" (hiện: "${name(stage)}").`}
    </span>
  )
}
