import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { anyRole } from './access/common'
import { collections } from './collections'
import { SiteSettings } from './globals/SiteSettings'
import { CLINICAL_FIELDS } from './collections/HealthRecords'
import { auditTrail } from '@haugiang/payload-plugin-audit-trail'
import { authCache } from '@haugiang/payload-plugin-auth-cache'
import { authRealm } from '@haugiang/payload-plugin-auth-realm'
import { gradeCorrections } from './collections/GradeCorrections'
import { APPROVAL_REQUEST_CONTEXT, approvalsPlugin } from '@haugiang/payload-plugin-approvals'
import { MAX_UPLOAD_BYTES } from './src/domain/website/fileKind'
import { editorialWorkflow } from '@haugiang/payload-plugin-editorial-workflow'
import { articleWorkflow } from './src/website/articleWorkflow'
import { hasRole } from './access/roles'
import { restrictDocumentLocks } from './access/locked-documents'
import { deliverParentMessage } from './src/jobs/deliverParentMessage'
import { sendGradeReminder } from './src/jobs/sendGradeReminder'
import { buildExport } from './src/jobs/buildExport'
import { smtpAdapter } from './src/lib/email/smtpAdapter'
import { databaseUnavailableAnswer } from './src/lib/errors/databaseUnavailable'
import { logIdleConnectionErrors } from './src/lib/errors/idleConnectionErrors'
import { worklistEndpoint } from './src/endpoints/worklist/endpoint'
import { apiLimits } from '@haugiang/payload-plugin-api-limits'
import { passwordExpiry } from '@haugiang/payload-plugin-password-expiry'
import { passwordExpired } from './src/domain/accounts/password'
import { csrfOrigins } from './src/lib/security/origins'
import { healthReportEndpoint, resultsReportEndpoint } from './src/endpoints/reports/endpoints'
import { healthEndpoint } from './src/endpoints/health'
import { jsonLoggerOptions, jsonLogging } from './src/lib/ops/logging'
import { isQueueWorker } from './src/lib/ops/queueWorker'
import { uploadStorage } from './src/lib/storage/uploadStorage'
import { integerColumns } from './src/lib/db/integerColumns'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload adds its lock collection after the plugins ran: its access is set on the built config.
export default restrictDocumentLocks(
  buildConfig({
    serverURL: process.env.SERVER_URL || undefined,
    // Cookie-authenticated writes from another origin are refused (finding 11).
    csrf: csrfOrigins(process.env.SERVER_URL),
    secret: process.env.PAYLOAD_SECRET || '',
    admin: {
      user: 'users',
      importMap: { baseDir: path.resolve(dirname, 'src') },
      dateFormat: 'dd/MM/yyyy HH:mm',
      timezones: {
        supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: 'Asia/Ho_Chi_Minh' }],
        defaultTimezone: 'Asia/Ho_Chi_Minh',
      },
      meta: {
        titleSuffix: ' — THCS Hậu Giang',
        icons: [{ rel: 'icon', url: '/favicon.svg', type: 'image/svg+xml' }],
      },
      // No Gravatar: the school's network and the children's privacy both say no outside calls.
      avatar: 'default',
      components: {
        // Above every admin page, so an old password is noticed wherever the user lands.
        header: ['@/components/admin/PasswordAgeBanner#PasswordAgeBanner'],
        // "Việc cần làm": what waits for the signed-in person, above Payload's grid of collections.
        beforeDashboard: ['@/components/admin/worklist/Worklist#Worklist'],
        // The school's name and crest instead of Payload's marks.
        graphics: {
          Logo: '@/components/admin/brand/Logo#Logo',
          Icon: '@/components/admin/brand/Icon#Icon',
        },
        beforeNavLinks: [
          '@/components/admin/brand/NavBrand#NavBrand',
          '@/components/admin/NavOpenOnWide#NavOpenOnWide',
        ],
        afterNavLinks: [
          '@/components/admin/AccountSecurityNavLink#AccountSecurityNavLink',
          '@/components/admin/gradeSheet/GradeSheetNavLink#GradeSheetNavLink',
          '@/components/admin/gradeProgress/ProgressNavLink#ProgressNavLink',
          '@/components/admin/yearEnd/YearEndNavLink#YearEndNavLink',
          '@/components/admin/statistics/StatisticsNavLink#StatisticsNavLink',
        ],
        views: {
          accountSecurity: {
            Component: '@/components/admin/AccountSecurityView#AccountSecurityView',
            path: '/bao-mat-tai-khoan',
          },
          gradeSheet: {
            Component: '@/components/admin/gradeSheet/GradeSheetView#GradeSheetView',
            path: '/so-diem',
          },
          gradeProgress: {
            Component: '@/components/admin/gradeProgress/ProgressView#ProgressView',
            path: '/tien-do-nhap-diem',
          },
          yearEnd: {
            Component: '@/components/admin/yearEnd/YearEndView#YearEndView',
            path: '/cuoi-nam',
          },
          statistics: {
            Component: '@/components/admin/statistics/StatisticsView#StatisticsView',
            path: '/thong-ke',
          },
        },
      },
    },
    i18n: {
      supportedLanguages: { vi, en },
      fallbackLanguage: 'vi',
      // The school's wording of plugin messages (the plugins' own defaults are generic).
      translations: {
        vi: {
          passwordExpiry: {
            mustChange:
              'Mật khẩu của bạn đã quá 180 ngày: hãy đổi mật khẩu trong trang tài khoản trước khi làm việc khác.',
          },
        },
        en: {
          passwordExpiry: {
            mustChange:
              'Your password is more than 180 days old: change it on your account page before doing anything else.',
          },
        },
      },
    },
    collections,
    globals: [SiteSettings],
    // The database down (a restart, a failover): 503 "try again", not a 500.
    hooks: { afterError: [databaseUnavailableAnswer] },
    // A database restart ends the pool's idle connections: logged, not an uncaught exception.
    onInit: logIdleConnectionErrors,
    // Statistics for the leadership and the district office (A6.8, A8.4).
    endpoints: [healthEndpoint, worklistEndpoint, resultsReportEndpoint, healthReportEndpoint],
    // JSON lines with request ids in production (src/lib/ops/logging.ts).
    logger: jsonLogging() ? { options: jsonLoggerOptions() } : undefined,
    editor: lexicalEditor(),
    // E-mail through the school's SMTP server (SMTP_HOST…); messages to parents go out through the jobs queue.
    email: smtpAdapter({
      fromName: 'Trường THCS Hậu Giang',
      fromAddress: process.env.EMAIL_FROM || 'no-reply@haugiang.edu.vn',
    }),
    jobs: {
      tasks: [deliverParentMessage, sendGradeReminder, buildExport],
      // The jobs endpoints run tasks without their users' access: only the system administrator may call them.
      access: {
        run: ({ req }) => hasRole(req.user, 'sysadmin'),
        queue: ({ req }) => hasRole(req.user, 'sysadmin'),
        cancel: ({ req }) => hasRole(req.user, 'sysadmin'),
      },
      // In the running app the queue is worked every minute; tests run it themselves.
      autoRun: process.env.VITEST ? [] : [{ cron: process.env.JOBS_CRON || '* * * * *', queue: 'default', limit: 20 }],
      // With several instances only the one holding the worker lock runs the queue (src/lib/ops/queueWorker.ts).
      shouldAutoRun: () => isQueueWorker(),
    },
    db: postgresAdapter({
      // No JIT: the reports' aggregates over jsonb (progress, anomalies) are estimated at millions of
      // rows (set-returning functions count as 100–1,000 each) and compiled for seconds to run in ms.
      pool: { connectionString: process.env.DATABASE_URL || '', options: '-c jit=off' },
      // Schema changes go through committed migrations only.
      push: false,
      // A grade's mask of filled regular cells is grouped by in the progress report (migration
      // 20261203_094000_grade_regular_filled_integer).
      beforeSchemaInit: [integerColumns({ grades: ['regular_filled'] })],
      migrationDir: path.resolve(dirname, 'src/migrations'),
    }),
    sharp,
    upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
    graphQL: {
      disableIntrospectionInProduction: true,
      disablePlaygroundInProduction: true,
      maxComplexity: 1000,
      schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'),
    },
    typescript: {
      outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    },
    plugins: [
      editorialWorkflow(articleWorkflow),
      approvalsPlugin({ requests: [gradeCorrections] }),
      // R1.4 and R5.2: who changed protected data, and who read health records. Later areas append
      // their collections (grades, …) to this list.
      auditTrail({
        collections: [
          'students',
          'enrolments',
          'health-records',
          'users',
          'grades',
          'grade-corrections',
          'grade-locks',
          'grade-entry-deadlines',
          'attendance',
          'conduct',
          'year-end-results',
          'guardians',
          'guardian-links',
          'guardian-messages',
          // who did what (regulation A4)
          'documents',
          'assets',
          'staff-profiles',
          'staff-evaluations',
          'exam-papers',
          'parent-messages',
          'articles',
          'media',
        ],
        logReadsOf: ['health-records'],
        neverLog: [
          'password',
          'hash',
          'salt',
          'resetPasswordToken',
          'resetPasswordExpiration',
          'sessions',
          'lastLoginAt',
          // computed from the grade's regular cells, which are logged (the progress report's mask)
          'regularFilled',
        ],
        // The log's readers include the sysadmin, who may not read diagnoses: clinical changes are
        // logged as "changed" without their values.
        maskValues: { 'health-records': [...CLINICAL_FIELDS] },
        readAccess: anyRole('principal', 'sysadmin'),
        // A grade changed by an approved correction links the request.
        causeContextKey: APPROVAL_REQUEST_CONTEXT,
        maskText: '[ẩn]',
        // read-only tables, not Payload's code editor (fetched from a CDN)
        changesField: '@/components/admin/JsonView#JsonView',
      }),
      // Uploaded files in an S3 bucket when S3_BUCKET is set (two or more instances), else local folders.
      uploadStorage(),
      // Last, so that they cover the plugins' collections too. Page size capped at 200; malformed values answer 400 (finding 13).
      apiLimits({ maxLimit: 200 }),
      // A password older than 180 days is changed before anything else (R1.3).
      passwordExpiry({
        authCollection: 'users',
        mustChange: (user) => passwordExpired(user.passwordChangedAt as string | null | undefined, new Date()),
      }),
      // The signed-in account is read on every request: kept per token while its rows are unchanged
      // (one small query checks them), about half of an authenticated request's time (README, benchmarks).
      authCache(),
      // Last: a guardian's token (parents' portal) gets in staff collections only what the public gets.
      authRealm({
        staffCollection: 'users',
        openTo: ['guardians', 'guardian-links', 'guardian-messages', 'message-attachments', 'message-receipts'],
      }),
    ],
    telemetry: false,
  }),
)
