/**
 * The channels besides e-mail that this school uses. Register them here, e.g.
 *   registerChannel(smsChannel({ send: (phone, text) => myGateway.send(phone, text) }))
 * then run `npm run migrate:create -- <name>` (the message's channel select gains an option).
 * The collection, its hooks and the delivery job read channels from `@/lib/messaging` only.
 */
export {}
