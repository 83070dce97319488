// The plugin's client components, referenced as `@haugiang/payload-plugin-editorial-workflow/client#…`.
export { GatedPublishButton } from './GatedPublishButton'
export { WorkflowControl } from './WorkflowControl'
