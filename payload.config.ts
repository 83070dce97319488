import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { collections } from './collections'
import { hasRole } from './access/roles'
import { deliverParentMessage } from './src/jobs/deliverParentMessage'
import { smtpAdapter } from './src/lib/email/smtpAdapter'

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
  // E-mail through the school's SMTP server (SMTP_HOST…); messages to parents go out through the jobs queue.
  email: smtpAdapter({ fromName: 'Trường THCS Hậu Giang', fromAddress: process.env.EMAIL_FROM || 'no-reply@haugiang.edu.vn' }),
  jobs: {
    tasks: [deliverParentMessage],
    // The jobs endpoints run tasks without their users' access: only the system administrator may call them.
    access: {
      run: ({ req }) => hasRole(req.user as never, 'sysadmin'),
      queue: ({ req }) => hasRole(req.user as never, 'sysadmin'),
      cancel: ({ req }) => hasRole(req.user as never, 'sysadmin'),
    },
    // In the running app the queue is worked every minute; tests run it themselves.
    autoRun: process.env.VITEST ? [] : [{ cron: '* * * * *', queue: 'default', limit: 20 }],
  },
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL || '' },
    // Schema changes go through committed migrations only.
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  sharp,
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'),
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
  telemetry: false,
})
