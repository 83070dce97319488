import { HealthHistory as HealthHistory_9e1d918f1cb2aacc2d79a4ec2b14f84e } from '@/components/admin/HealthHistory'
import { AccountSecurityNavLink as AccountSecurityNavLink_384e05b3c238a59d778075b3194cf49e } from '@/components/admin/AccountSecurityNavLink'
import { PasswordAgeBanner as PasswordAgeBanner_3f9272437f8ad729bcb05dc8f0094a49 } from '@/components/admin/PasswordAgeBanner'
import { AccountSecurityView as AccountSecurityView_f7cf5682a8336f3f1578e2e968683509 } from '@/components/admin/AccountSecurityView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/HealthHistory#HealthHistory": HealthHistory_9e1d918f1cb2aacc2d79a4ec2b14f84e,
  "@/components/admin/AccountSecurityNavLink#AccountSecurityNavLink": AccountSecurityNavLink_384e05b3c238a59d778075b3194cf49e,
  "@/components/admin/PasswordAgeBanner#PasswordAgeBanner": PasswordAgeBanner_3f9272437f8ad729bcb05dc8f0094a49,
  "@/components/admin/AccountSecurityView#AccountSecurityView": AccountSecurityView_f7cf5682a8336f3f1578e2e968683509,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
