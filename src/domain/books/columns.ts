/** A printed table's columns, written as [heading, width in percent of the line]. */
export const columns = (...cells: [title: string, width: number][]) => cells.map(([title, width]) => ({ title, width }))
