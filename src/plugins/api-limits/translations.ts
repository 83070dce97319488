import type { PluginTranslations } from '@haugiang/payload-plugin-i18n'

/** The plugin's messages, read with `req.t('apiLimits:…')`. */
export const translations: PluginTranslations = {
  en: {
    apiLimits: {
      invalidLimit: 'The limit parameter must be a positive whole number (at most {{maxLimit}}).',
      badValue: 'A value in the request is not valid (wrong id, character or format).',
    },
  },
  vi: {
    apiLimits: {
      invalidLimit: 'Tham số limit phải là số nguyên dương (tối đa {{maxLimit}}).',
      badValue: 'Giá trị trong yêu cầu không hợp lệ (mã, ký tự hoặc định dạng sai).',
    },
  },
}
