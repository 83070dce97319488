import { HealthHistory as HealthHistory_9e1d918f1cb2aacc2d79a4ec2b14f84e } from '@/components/admin/HealthHistory'
import { PasswordAgeBanner as PasswordAgeBanner_3f9272437f8ad729bcb05dc8f0094a49 } from '@/components/admin/PasswordAgeBanner'
import { AccountSecurityNavLink as AccountSecurityNavLink_384e05b3c238a59d778075b3194cf49e } from '@/components/admin/AccountSecurityNavLink'
import { GradeSheetNavLink as GradeSheetNavLink_84e0338fc00f089c9d18a19432b1f31a } from '@/components/admin/gradeSheet/GradeSheetNavLink'
import { AccountSecurityView as AccountSecurityView_f7cf5682a8336f3f1578e2e968683509 } from '@/components/admin/AccountSecurityView'
import { GradeSheetView as GradeSheetView_6af5f80b5aec7bf57934d9116422b24b } from '@/components/admin/gradeSheet/GradeSheetView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/HealthHistory#HealthHistory": HealthHistory_9e1d918f1cb2aacc2d79a4ec2b14f84e,
  "@/components/admin/PasswordAgeBanner#PasswordAgeBanner": PasswordAgeBanner_3f9272437f8ad729bcb05dc8f0094a49,
  "@/components/admin/AccountSecurityNavLink#AccountSecurityNavLink": AccountSecurityNavLink_384e05b3c238a59d778075b3194cf49e,
  "@/components/admin/gradeSheet/GradeSheetNavLink#GradeSheetNavLink": GradeSheetNavLink_84e0338fc00f089c9d18a19432b1f31a,
  "@/components/admin/AccountSecurityView#AccountSecurityView": AccountSecurityView_f7cf5682a8336f3f1578e2e968683509,
  "@/components/admin/gradeSheet/GradeSheetView#GradeSheetView": GradeSheetView_6af5f80b5aec7bf57934d9116422b24b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
