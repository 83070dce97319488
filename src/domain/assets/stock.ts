/** Stock rules for assets and equipment: pure, no database. */

/** How many of an item are free to lend: the stock less what is out and not yet returned. */
export const availableQuantity = (stock: number, outstanding: readonly number[]): number =>
  stock - outstanding.reduce((sum, q) => sum + q, 0)

/** A stock-take line's difference: counted minus the book quantity (negative = missing). */
export const stockDifference = (bookQuantity: number, countedQuantity: number): number => countedQuantity - bookQuantity
