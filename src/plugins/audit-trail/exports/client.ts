// The plugin's admin components, referenced in the config as `@haugiang/payload-plugin-audit-trail/client#…`.
export { CollectionCell } from './CollectionCell'
