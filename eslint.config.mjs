import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The layers of docs/ARCHITECTURE.md, checked: each entry forbids a layer's files to import what
 * lies above them.
 */
const layer = (files, group, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
})

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next*/',
      '.data/',
      'media/',
      'backups/',
      'test-results/',
      'bench/results/',
      'src/migrations/',
      'src/payload-types.ts',
      'src/app/(payload)/',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      // Payload's and exceljs's loose types meet ours at the edges; the casts are reviewed by hand.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // An empty catch says "already gone" or "not listening yet" with a comment.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  layer(
    ['src/domain/**'],
    ['@/*', '!@/domain/*', '@payload-config', 'payload', 'payload/*', '@payloadcms/*', 'next', 'next/*', 'react'],
    'src/domain holds pure rules: it imports nothing of the app, of Payload, Next or React.',
  ),
  layer(
    ['src/plugins/**'],
    ['@/*', '!@/plugins/*', '@payload-config', '**/collections/*', '**/access/*', '**/hooks/*'],
    'A plugin of the suite imports only payload, @payloadcms/* and its own files.',
  ),
  layer(
    ['access/**'],
    ['@/hooks/*', '@/collections/*', '@/endpoints/*', '@/components/*', '@/app/*', '@payload-config'],
    'access/ may import domain, lib and other access files only.',
  ),
  layer(
    ['hooks/**'],
    ['@/collections/*', '@/endpoints/*', '@/components/*', '@/app/*', '@payload-config'],
    'hooks/ may import access, domain and lib only.',
  ),
  layer(
    ['collections/**', 'globals/**', 'src/endpoints/**', 'src/jobs/**', 'src/lib/**', 'src/components/**'],
    ['@/app/*'],
    'Nothing imports the Next.js routes of src/app.',
  ),
)
