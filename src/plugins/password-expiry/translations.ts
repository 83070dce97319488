import type { PluginTranslations } from '@haugiang/payload-plugin-i18n'

/** The plugin's message, read with `req.t('passwordExpiry:mustChange')`; a project may reword it in its i18n. */
export const translations: PluginTranslations = {
  en: {
    passwordExpiry: {
      mustChange: 'Your password has expired: change it on your account page before doing anything else.',
    },
  },
  vi: {
    passwordExpiry: {
      mustChange: 'Mật khẩu của bạn đã hết hạn: hãy đổi mật khẩu trong trang tài khoản trước khi làm việc khác.',
    },
  },
}
