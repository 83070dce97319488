import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { nobody, userOf } from './common'
import { hasRole, isViceArea, type RoleHolder } from './roles'

/**
 * Assets, teaching equipment and laboratory tools (access policy, "assets"). The equipment officer
 * keeps the inventory, the accountant its financial side; the facilities vice-principal and the
 * principal read all; teachers read name, location and condition to borrow, nothing else.
 * None of these depends on the document, so a `where` or `sort` on a hidden field is refused too.
 */
const isEquipmentOfficer = (user: RoleHolder) => hasRole(user, 'equipment-officer')
const isAccountant = (user: RoleHolder) => hasRole(user, 'accountant')
const isTeacher = (user: RoleHolder) => hasRole(user, 'teacher', 'department-head')

/** Reads every field of every asset. */
export const readsAllAssets = (user: RoleHolder) =>
  hasRole(user, 'equipment-officer', 'accountant', 'principal') || isViceArea(user, 'facilities')

const canReadAssets: Access = ({ req }) => readsAllAssets(userOf(req)) || isTeacher(userOf(req))

export const assetsAccess: CollectionConfig['access'] = {
  read: canReadAssets,
  create: ({ req }) => isEquipmentOfficer(userOf(req)),
  update: ({ req }) => isEquipmentOfficer(userOf(req)) || isAccountant(userOf(req)),
  delete: nobody,
}

const fullReader: FieldAccess = ({ req }) => readsAllAssets(userOf(req))
const equipmentOfficer: FieldAccess = ({ req }) => isEquipmentOfficer(userOf(req))
const accountant: FieldAccess = ({ req }) => isAccountant(userOf(req))

/** Name, room, condition: every reader; only the equipment officer writes them. */
export const borrowableField = { create: equipmentOfficer, update: equipmentOfficer }
/** Inventory details (code, kind, quantity, dates): readers of everything; the equipment officer writes. */
export const inventoryField = { read: fullReader, create: equipmentOfficer, update: equipmentOfficer }
/** Original cost, funding source, depreciation: readers of everything; only the accountant writes. */
export const financialField = { read: fullReader, create: accountant, update: accountant }

/** Stock-takes: the equipment officer records them; readers of everything read them. */
export const stockTakesAccess: CollectionConfig['access'] = {
  read: ({ req }) => readsAllAssets(userOf(req)),
  create: ({ req }) => isEquipmentOfficer(userOf(req)),
  update: ({ req }) => isEquipmentOfficer(userOf(req)),
  delete: nobody,
}

/** Borrowings: teachers borrow for themselves and read their own; the equipment officer keeps the log. */
export const borrowingsAccess: CollectionConfig['access'] = {
  read: ({ req }) => {
    const user = userOf(req)
    if (readsAllAssets(user)) return true
    if (isTeacher(user)) return { borrower: { equals: user!.id } }
    return false
  },
  create: ({ req }) => isEquipmentOfficer(userOf(req)) || isTeacher(userOf(req)),
  update: ({ req }) => {
    const user = userOf(req)
    if (isEquipmentOfficer(user)) return true
    if (isTeacher(user)) return { borrower: { equals: user!.id } }
    return false
  },
  delete: nobody,
}

/** Who borrowed, what, how many, until when: set by the equipment officer, or by a teacher when borrowing. */
export const borrowingTermsField = {
  create: (({ req }) => isEquipmentOfficer(userOf(req)) || isTeacher(userOf(req))) as FieldAccess,
  update: equipmentOfficer,
}
