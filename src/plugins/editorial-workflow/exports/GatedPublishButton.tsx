'use client'
import { getTranslation } from '@payloadcms/translations'
import { PublishButton, useFormFields, useTranslation } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'

type Label = string | Record<string, string>

/**
 * Payload's Publish button only where the workflow allows publishing (the document is at the
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
  const { i18n, t } = useTranslation()
  const stage = useFormFields(([fields]) => fields[stageField]?.value as string | undefined)
  const status = useFormFields(([fields]) => fields._status?.value as string | undefined)
  if (stage === publishStage || status === 'published') return <PublishButton {...props} />
  const name = (value: string | undefined) => {
    const label = stages.find((s) => s.value === value)?.label
    return label ? getTranslation(label, i18n) : (value ?? '')
  }
  // the plugin's keys are merged into the config's translations, not into Payload's key type
  const tr = t as unknown as (key: string, vars?: Record<string, unknown>) => string
  return (
    <span className="gated-publish" style={{ alignSelf: 'center', color: 'var(--theme-elevation-650)' }}>
      {tr('editorialWorkflow:publishOnlyAt', { stage: name(publishStage), current: name(stage) })}
    </span>
  )
}
