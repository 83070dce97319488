import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { nobody, userOf } from './common'
import { hasRole, type RoleHolder } from './roles'

/**
 * Official documents (access policy, "documents"): the clerk keeps the registers; the principal
 * and vice-principals read all, assign handlers and set the status; a handler reads the documents
 * assigned to them; the public (and any other staff member) reads documents marked public and
 * published, without the internal processing fields.
 */
const isClerk = (user: RoleHolder) => hasRole(user, 'clerk')
const isLeader = (user: RoleHolder) => hasRole(user, 'principal', 'vice-principal')

export const PUBLISHED_DOCUMENTS: Where = { and: [{ isPublic: { equals: true } }, { published: { equals: true } }] }

export const canReadDocuments: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return PUBLISHED_DOCUMENTS
  if (isClerk(user) || isLeader(user)) return true
  return { or: [{ handlers: { in: [user.id] } }, PUBLISHED_DOCUMENTS] }
}

export const documentsAccess: CollectionConfig['access'] = {
  read: canReadDocuments,
  create: ({ req }) => isClerk(userOf(req)),
  update: ({ req }) => isClerk(userOf(req)) || isLeader(userOf(req)),
  delete: nobody,
}

/** The register's own fields: the clerk writes them. */
export const clerkField = {
  create: (({ req }) => isClerk(userOf(req))) as FieldAccess,
  update: (({ req }) => isClerk(userOf(req))) as FieldAccess,
}

/** Routing fields (instruction, handlers, deadline, status): the clerk and leadership write them. */
export const routingField = {
  read: (({ req }) => Boolean(req.user)) as FieldAccess,
  create: (({ req }) => isClerk(userOf(req)) || isLeader(userOf(req))) as FieldAccess,
  update: (({ req }) => isClerk(userOf(req)) || isLeader(userOf(req))) as FieldAccess,
}

/** Publication on the website: leadership approves it. */
export const publicationField = {
  create: (({ req }) => isLeader(userOf(req))) as FieldAccess,
  update: (({ req }) => isLeader(userOf(req))) as FieldAccess,
}

/** Set once when the document is registered, never changed. */
export const registrationField = { create: clerkField.create, update: (() => false) as FieldAccess }
