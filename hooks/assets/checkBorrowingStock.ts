import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { relationId } from '@/access/relation-id'
import { hasRole } from '@/access/roles'
import { availableQuantity } from '@/domain/assets/stock'
import { lockRow } from '@/lib/registers/lock'

/**
 * A borrowing takes items out of stock: a teacher borrows for themselves (whatever the body says),
 * and never more than is left. The asset's row is locked for the transaction, so two borrowings
 * of the last items cannot both pass.
 */
export const checkBorrowingStock: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create' && req.user && !hasRole(req.user, 'equipment-officer')) data.borrower = req.user.id
  const merged = { ...originalDoc, ...data }
  const returning = Boolean(merged.returnedAt)
  const changesQuantity = operation === 'create' || data.quantity !== undefined || data.asset !== undefined
  if (returning || !changesQuantity) return data

  const assetId = relationId(merged.asset)
  if (assetId === null) return data
  await lockRow(req, 'assets', assetId)
  // system action: the stock and the other borrowings are read whoever borrows (a teacher may not
  // read quantities); only the yes/no of the check leaves this hook.
  const asset = await req.payload.findByID({
    collection: 'assets',
    id: assetId,
    req,
    overrideAccess: true,
    depth: 0,
    select: { quantity: true, name: true },
  })
  const open = await req.payload.find({
    collection: 'asset-borrowings',
    where: {
      and: [
        { asset: { equals: assetId } },
        { returnedAt: { exists: false } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    req,
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: { quantity: true },
  })
  const left = availableQuantity(
    asset.quantity ?? 0,
    open.docs.map((b) => b.quantity ?? 0),
  )
  if ((merged.quantity ?? 0) > left) {
    throw new ValidationError({
      collection: 'asset-borrowings',
      errors: [
        {
          path: 'quantity',
          message: `Số lượng mượn vượt quá số còn trong kho (còn ${Math.max(left, 0)} ${asset.name}).`,
        },
      ],
    })
  }
  return data
}
