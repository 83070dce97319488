import ExcelJS from 'exceljs'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** One sheet of a report: a title block, a header row, then rows of plain values. */
export type TableSheet = {
  name: string
  title: string
  headers: string[]
  rows: Array<Array<string | number | null>>
}

/**
 * A workbook laid out as the district office's periodic tables are: the school's name and the
 * report's title above a bordered table with a bold header, one sheet per table.
 */
export const tableWorkbook = async (
  heading: string[],
  sheets: TableSheet[],
  options: { createdAt?: Date } = {},
): Promise<ArrayBuffer> => {
  const workbook = new ExcelJS.Workbook()
  if (options.createdAt) {
    workbook.created = options.createdAt
    workbook.modified = options.createdAt
  }
  for (const table of sheets) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31))
    for (const line of heading) sheet.addRow([line]).font = { bold: true }
    sheet.addRow([table.title]).font = { bold: true, size: 13 }
    sheet.addRow([])
    const header = sheet.addRow(table.headers)
    header.font = { bold: true }
    header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
    for (const row of table.rows) sheet.addRow(row)
    const first = header.number
    for (let r = first; r <= sheet.rowCount; r += 1) {
      for (let c = 1; c <= table.headers.length; c += 1) {
        sheet.getCell(r, c).border = {
          top: { style: 'thin' },
          left: { style: 'thin' },
          bottom: { style: 'thin' },
          right: { style: 'thin' },
        }
      }
    }
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 18 : 12
    })
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer
}

export const xlsxResponse = (body: ArrayBuffer, filename: string) =>
  new Response(body, {
    headers: { 'Content-Type': XLSX_TYPE, 'Content-Disposition': `attachment; filename="${filename}"` },
  })
