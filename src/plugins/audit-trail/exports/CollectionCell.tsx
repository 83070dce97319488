'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import type { DefaultCellComponentProps } from 'payload'

/** The described collection by its name in the admin's language ("Grade"), not its slug ("grades"). */
export const CollectionCell = ({ cellData }: DefaultCellComponentProps) => {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const slug = String(cellData ?? '')
  const described = slug ? getEntityConfig({ collectionSlug: slug }) : undefined
  const name = described?.labels?.singular
  return <span title={slug}>{name ? getTranslation(name, i18n) : slug}</span>
}
