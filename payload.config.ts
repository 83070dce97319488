import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { collections } from './collections'
import { MAX_UPLOAD_BYTES } from './src/domain/website/fileKind'
import { editorialWorkflow } from './src/plugins/editorial-workflow'
import { articleWorkflow } from './src/website/articleWorkflow'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.SERVER_URL || undefined,
  secret: process.env.PAYLOAD_SECRET || '',
  admin: {
    user: 'users',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    dateFormat: 'dd/MM/yyyy HH:mm',
    timezones: {
      supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: 'Asia/Ho_Chi_Minh' }],
      defaultTimezone: 'Asia/Ho_Chi_Minh',
    },
    meta: { titleSuffix: ' — THCS Hậu Giang' },
    // No Gravatar: the school's network and the children's privacy both say no outside calls.
    avatar: 'default',
    components: {
      beforeDashboard: ['@/components/admin/PasswordAgeBanner#PasswordAgeBanner'],
      afterNavLinks: ['@/components/admin/AccountSecurityNavLink#AccountSecurityNavLink'],
      views: {
        accountSecurity: {
          Component: '@/components/admin/AccountSecurityView#AccountSecurityView',
          path: '/bao-mat-tai-khoan',
        },
      },
    },
  },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
  },
  collections,
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL || '' },
    // Schema changes go through committed migrations only.
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  sharp,
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  plugins: [editorialWorkflow(articleWorkflow)],
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'),
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
  telemetry: false,
})
