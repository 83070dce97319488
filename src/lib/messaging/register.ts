/**
 * The channels besides e-mail that this school uses: SMS through the brand-name gateway and Zalo
 * ZNS, both over HTTP and configured by environment variables (README, "Environment"). Adding a
 * channel adds an option to the message's channel select: run `npm run migrate:create -- <name>`.
 * The collection, its hooks and the delivery job read channels from `@/lib/messaging` only.
 */
import { registerChannel } from './channels'
import { httpSmsGateway, smsChannel } from './sms'
import { zaloChannel } from './zalo'

registerChannel(smsChannel(httpSmsGateway))
registerChannel(zaloChannel)
