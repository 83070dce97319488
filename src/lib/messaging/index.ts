// The channel registry, with this school's channels registered before anything reads it.
import './register'

export { channelNamed, channelOptions, type MessageChannel, type OutgoingMessage } from './channels'
export { isPermanentFailure, PermanentDeliveryError } from './httpGateway'
