import { PasswordAgeBanner as PasswordAgeBanner_3f9272437f8ad729bcb05dc8f0094a49 } from '@/components/admin/PasswordAgeBanner'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/PasswordAgeBanner#PasswordAgeBanner": PasswordAgeBanner_3f9272437f8ad729bcb05dc8f0094a49,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
