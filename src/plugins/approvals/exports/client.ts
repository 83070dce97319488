// The plugin's admin components, referenced in the config as `@haugiang/payload-plugin-approvals/client#…`.
export { DecisionField } from './DecisionField'
