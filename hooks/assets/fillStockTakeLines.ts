import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/access/relation-id'
import { stockDifference } from '@/domain/assets/stock'

type Line = {
  asset?: unknown
  bookQuantity?: number | null
  countedQuantity?: number | null
  difference?: number | null
}

/**
 * Each stock-take line keeps the book quantity at the time of the count (taken from the asset when
 * the line is first recorded) and the difference counted − book.
 */
export const fillStockTakeLines: CollectionBeforeChangeHook = async ({ data, req }) => {
  const lines = (data.lines ?? []) as Line[]
  for (const line of lines) {
    const assetId = relationId(line.asset)
    if (assetId !== null && (line.bookQuantity === null || line.bookQuantity === undefined)) {
      // system action: the book quantity as of the count; only the equipment officer, who reads
      // quantities, records stock-takes (collection access), so nothing new is revealed.
      const asset = await req.payload.findByID({
        collection: 'assets',
        id: assetId,
        req,
        overrideAccess: true,
        depth: 0,
        select: { quantity: true },
      })
      line.bookQuantity = asset.quantity ?? 0
    }
    line.difference = stockDifference(line.bookQuantity ?? 0, line.countedQuantity ?? 0)
  }
  return data
}
