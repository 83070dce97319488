import { CurrentPasswordField as CurrentPasswordField_cf1a4b30379bab442a970170a4a2b180 } from '@/components/admin/CurrentPasswordField'
import { ClassBookLinks as ClassBookLinks_530fdb1a2cdd8656fd83c31aac168b5e } from '@/components/admin/books/BookLinks'
import { StudentBookLinks as StudentBookLinks_530fdb1a2cdd8656fd83c31aac168b5e } from '@/components/admin/books/BookLinks'
import { GuardianInviteField as GuardianInviteField_f11213177f17dd52675ff006f98e35cb } from '@/components/admin/GuardianInviteField'
import { HealthHistory as HealthHistory_9e1d918f1cb2aacc2d79a4ec2b14f84e } from '@/components/admin/HealthHistory'
import { RegularScoresField as RegularScoresField_76e8060e19cf1ee77bec137ca5292dfb } from '@/components/admin/grades/RegularScoresField'
import { JsonView as JsonView_2de74be6742625e61ab574b4ea5eba34 } from '@/components/admin/JsonView'
import { CodeScoresField as CodeScoresField_ef9baeec02b5ff79fa42b06d1a40e9e7 } from '@/components/admin/CodeScoresField'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PreviewLink as PreviewLink_fd7400294a538eee04a1e250dcc20c23 } from '@/components/admin/PreviewLink'
import { WorkflowControl as WorkflowControl_f20ac5c0bc8af06eee91779be9e81040 } from '@haugiang/payload-plugin-editorial-workflow/client'
import { GatedPublishButton as GatedPublishButton_f20ac5c0bc8af06eee91779be9e81040 } from '@haugiang/payload-plugin-editorial-workflow/client'
import { RegisterPrintButtons as RegisterPrintButtons_a8570eb4b5ec481e116273ba0078701a } from '@/components/admin/RegisterPrintButtons'
import { ResultsMessagesButton as ResultsMessagesButton_3763796a8b77c67be317a3769866b973 } from '@/components/admin/ResultsMessagesButton'
import { GuardianReplyField as GuardianReplyField_1b58ded0c033a4c4ea8c2f7980fcdd11 } from '@/components/admin/GuardianReplyField'
import { PublishedItemsField as PublishedItemsField_df506715996c94f934f775134da8eb35 } from '@/components/admin/consent/PublishedItemsField'
import { DecisionField as DecisionField_5f1cd2503c010dec36da1da15af4009f } from '@haugiang/payload-plugin-approvals/client'
import { CollectionCell as CollectionCell_23607aa126143a133e159e76ddf81b7e } from '@haugiang/payload-plugin-audit-trail/client'
import { PasswordAgeBanner as PasswordAgeBanner_3f9272437f8ad729bcb05dc8f0094a49 } from '@/components/admin/PasswordAgeBanner'
import { Icon as Icon_d724e3c9fa2fc7ba502c18e1e0541534 } from '@/components/admin/brand/Icon'
import { Logo as Logo_f5b90b1f137d54d2b96fee0d0c4d5b67 } from '@/components/admin/brand/Logo'
import { AccountSecurityNavLink as AccountSecurityNavLink_384e05b3c238a59d778075b3194cf49e } from '@/components/admin/AccountSecurityNavLink'
import { GradeSheetNavLink as GradeSheetNavLink_84e0338fc00f089c9d18a19432b1f31a } from '@/components/admin/gradeSheet/GradeSheetNavLink'
import { ProgressNavLink as ProgressNavLink_00f344ac3fa8345fd64d45b2becccb78 } from '@/components/admin/gradeProgress/ProgressNavLink'
import { YearEndNavLink as YearEndNavLink_96f156470c88be24688d04ba92e21ccd } from '@/components/admin/yearEnd/YearEndNavLink'
import { StatisticsNavLink as StatisticsNavLink_a55fa534b87d64cfd7d613d32a22ad50 } from '@/components/admin/statistics/StatisticsNavLink'
import { Worklist as Worklist_2c38aa2311aeeeb8435e703a54ce7284 } from '@/components/admin/worklist/Worklist'
import { ReviewNotifications as ReviewNotifications_c8822178d6400684be198cd0feb5b9e7 } from '@haugiang/payload-plugin-editorial-workflow/rsc'
import { NavBrand as NavBrand_aec64cf70d602d071314b04ddadb9474 } from '@/components/admin/brand/NavBrand'
import { NavOpenOnWide as NavOpenOnWide_60c6a66c7b8e646f4065470ddc0bffdd } from '@/components/admin/NavOpenOnWide'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { AccountSecurityView as AccountSecurityView_f7cf5682a8336f3f1578e2e968683509 } from '@/components/admin/AccountSecurityView'
import { GradeSheetView as GradeSheetView_6af5f80b5aec7bf57934d9116422b24b } from '@/components/admin/gradeSheet/GradeSheetView'
import { ProgressView as ProgressView_374040c86b5284f11d76d585e9425ee2 } from '@/components/admin/gradeProgress/ProgressView'
import { YearEndView as YearEndView_8482d819a792b26a06557384ae765ab1 } from '@/components/admin/yearEnd/YearEndView'
import { StatisticsView as StatisticsView_abb5f63a5cdb34dac29d77bd1dc66db4 } from '@/components/admin/statistics/StatisticsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_cf1a4b30379bab442a970170a4a2b180,
  "@/components/admin/books/BookLinks#ClassBookLinks": ClassBookLinks_530fdb1a2cdd8656fd83c31aac168b5e,
  "@/components/admin/books/BookLinks#StudentBookLinks": StudentBookLinks_530fdb1a2cdd8656fd83c31aac168b5e,
  "@/components/admin/GuardianInviteField#GuardianInviteField": GuardianInviteField_f11213177f17dd52675ff006f98e35cb,
  "@/components/admin/HealthHistory#HealthHistory": HealthHistory_9e1d918f1cb2aacc2d79a4ec2b14f84e,
  "@/components/admin/grades/RegularScoresField#RegularScoresField": RegularScoresField_76e8060e19cf1ee77bec137ca5292dfb,
  "@/components/admin/JsonView#JsonView": JsonView_2de74be6742625e61ab574b4ea5eba34,
  "@/components/admin/CodeScoresField#CodeScoresField": CodeScoresField_ef9baeec02b5ff79fa42b06d1a40e9e7,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/PreviewLink#PreviewLink": PreviewLink_fd7400294a538eee04a1e250dcc20c23,
  "@haugiang/payload-plugin-editorial-workflow/client#WorkflowControl": WorkflowControl_f20ac5c0bc8af06eee91779be9e81040,
  "@haugiang/payload-plugin-editorial-workflow/client#GatedPublishButton": GatedPublishButton_f20ac5c0bc8af06eee91779be9e81040,
  "@/components/admin/RegisterPrintButtons#RegisterPrintButtons": RegisterPrintButtons_a8570eb4b5ec481e116273ba0078701a,
  "@/components/admin/ResultsMessagesButton#ResultsMessagesButton": ResultsMessagesButton_3763796a8b77c67be317a3769866b973,
  "@/components/admin/GuardianReplyField#GuardianReplyField": GuardianReplyField_1b58ded0c033a4c4ea8c2f7980fcdd11,
  "@/components/admin/consent/PublishedItemsField#PublishedItemsField": PublishedItemsField_df506715996c94f934f775134da8eb35,
  "@haugiang/payload-plugin-approvals/client#DecisionField": DecisionField_5f1cd2503c010dec36da1da15af4009f,
  "@haugiang/payload-plugin-audit-trail/client#CollectionCell": CollectionCell_23607aa126143a133e159e76ddf81b7e,
  "@/components/admin/PasswordAgeBanner#PasswordAgeBanner": PasswordAgeBanner_3f9272437f8ad729bcb05dc8f0094a49,
  "@/components/admin/brand/Icon#Icon": Icon_d724e3c9fa2fc7ba502c18e1e0541534,
  "@/components/admin/brand/Logo#Logo": Logo_f5b90b1f137d54d2b96fee0d0c4d5b67,
  "@/components/admin/AccountSecurityNavLink#AccountSecurityNavLink": AccountSecurityNavLink_384e05b3c238a59d778075b3194cf49e,
  "@/components/admin/gradeSheet/GradeSheetNavLink#GradeSheetNavLink": GradeSheetNavLink_84e0338fc00f089c9d18a19432b1f31a,
  "@/components/admin/gradeProgress/ProgressNavLink#ProgressNavLink": ProgressNavLink_00f344ac3fa8345fd64d45b2becccb78,
  "@/components/admin/yearEnd/YearEndNavLink#YearEndNavLink": YearEndNavLink_96f156470c88be24688d04ba92e21ccd,
  "@/components/admin/statistics/StatisticsNavLink#StatisticsNavLink": StatisticsNavLink_a55fa534b87d64cfd7d613d32a22ad50,
  "@/components/admin/worklist/Worklist#Worklist": Worklist_2c38aa2311aeeeb8435e703a54ce7284,
  "@haugiang/payload-plugin-editorial-workflow/rsc#ReviewNotifications": ReviewNotifications_c8822178d6400684be198cd0feb5b9e7,
  "@/components/admin/brand/NavBrand#NavBrand": NavBrand_aec64cf70d602d071314b04ddadb9474,
  "@/components/admin/NavOpenOnWide#NavOpenOnWide": NavOpenOnWide_60c6a66c7b8e646f4065470ddc0bffdd,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/components/admin/AccountSecurityView#AccountSecurityView": AccountSecurityView_f7cf5682a8336f3f1578e2e968683509,
  "@/components/admin/gradeSheet/GradeSheetView#GradeSheetView": GradeSheetView_6af5f80b5aec7bf57934d9116422b24b,
  "@/components/admin/gradeProgress/ProgressView#ProgressView": ProgressView_374040c86b5284f11d76d585e9425ee2,
  "@/components/admin/yearEnd/YearEndView#YearEndView": YearEndView_8482d819a792b26a06557384ae765ab1,
  "@/components/admin/statistics/StatisticsView#StatisticsView": StatisticsView_abb5f63a5cdb34dac29d77bd1dc66db4,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
