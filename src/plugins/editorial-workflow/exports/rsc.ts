// The plugin's server components, referenced as `@haugiang/payload-plugin-editorial-workflow/rsc#…`.
export { ReviewNotifications } from './ReviewNotifications'
