import { Document, Page, renderToBuffer, StyleSheet, Text, View } from '@react-pdf/renderer'

import { freshBookGlyphs, bookFontFamily as fontFamily } from '@/lib/registers/font'

/**
 * A printed school book (học bạ, sổ theo dõi và đánh giá): A4, a cover, the school's header on
 * every page, page numbers, then sections of label–value lines and tables. The data is built by
 * the callers; this only lays it out.
 */
export type BookTable = { columns: Array<{ title: string; width: number }>; rows: string[][] }
export type BookSection = {
  heading: string
  lines?: Array<[label: string, value: string]>
  table?: BookTable
  /** Start the section on a new page. */
  newPage?: boolean
}
export type Book = {
  /** Header of every page: the governing body and the school. */
  header: [string, string]
  title: string
  cover: string[]
  sections: BookSection[]
  landscape?: boolean
  /**
   * The PDF's creation date. Unset, it is now; the year's archive sets it to the year's end so that
   * the same closed year gives the same bytes (the date also seeds the PDF's file id).
   */
  issuedAt?: Date
}

const styles = StyleSheet.create({
  page: { paddingTop: 56, paddingBottom: 40, paddingHorizontal: 32, fontFamily, fontSize: 8.5 },
  header: {
    position: 'absolute',
    top: 18,
    left: 32,
    right: 32,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderBottomWidth: 0.5,
    paddingBottom: 4,
    fontSize: 8,
  },
  footer: { position: 'absolute', bottom: 16, left: 32, right: 32, textAlign: 'center', fontSize: 8 },
  coverPage: { padding: 56, fontFamily, fontSize: 12, textAlign: 'center' },
  coverOrg: { fontSize: 12, marginBottom: 4 },
  coverTitle: { fontSize: 24, fontWeight: 'bold', marginTop: 160, marginBottom: 32 },
  coverLine: { fontSize: 13, marginBottom: 8 },
  heading: { fontSize: 11, fontWeight: 'bold', marginTop: 10, marginBottom: 6 },
  line: { flexDirection: 'row', marginBottom: 2 },
  label: { width: '35%' },
  value: { width: '65%' },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderLeftWidth: 0.5 },
  head: { flexDirection: 'row', borderWidth: 0.5, backgroundColor: '#eeeeee' },
  cell: { padding: 2.5, borderRightWidth: 0.5 },
})

const Table = ({ table }: { table: BookTable }) => (
  <View>
    <View style={styles.head} fixed>
      {table.columns.map((c, i) => (
        <Text key={i} style={[styles.cell, { width: `${c.width}%` }]}>
          {c.title}
        </Text>
      ))}
    </View>
    {table.rows.map((row, i) => (
      <View key={i} style={styles.row} wrap={false}>
        {row.map((value, j) => (
          <Text key={j} style={[styles.cell, { width: `${table.columns[j]!.width}%` }]}>
            {value}
          </Text>
        ))}
      </View>
    ))}
  </View>
)

/**
 * The sections in runs that each start on a new page: the first, then every section marked
 * `newPage`. Each run is laid out as a `<Page>` of its own, which prints the same as a page break
 * inside one `<Page>` (same padding, header, footer; page numbers count the whole document) but
 * lets react-pdf paginate each run alone: it lays out again everything after each page it cuts, so
 * one long `<Page>` of a 27-page sổ theo dõi cost time in the square of its length.
 */
const pageRuns = (sections: BookSection[]) => {
  const runs: BookSection[][] = []
  for (const [i, section] of sections.entries())
    if (i === 0 || section.newPage) runs.push([section])
    else runs[runs.length - 1]!.push(section)
  return runs
}

const Section = ({ section }: { section: BookSection }) => (
  <View>
    <Text style={styles.heading}>{section.heading}</Text>
    {section.lines?.map(([label, value], j) => (
      <View key={j} style={styles.line} wrap={false}>
        <Text style={styles.label}>{label}</Text>
        <Text style={styles.value}>{value}</Text>
      </View>
    ))}
    {section.table ? <Table table={section.table} /> : null}
  </View>
)

const BookDocument = ({ book }: { book: Book }) => {
  const orientation = book.landscape ? 'landscape' : 'portrait'
  return (
    <Document title={book.title} language="vi" creationDate={book.issuedAt} modificationDate={book.issuedAt}>
      <Page size="A4" style={styles.coverPage}>
        <Text style={styles.coverOrg}>{book.header[0]}</Text>
        <Text style={styles.coverOrg}>{book.header[1]}</Text>
        <Text style={styles.coverTitle}>{book.title}</Text>
        {book.cover.map((line, i) => (
          <Text key={i} style={styles.coverLine}>
            {line}
          </Text>
        ))}
      </Page>
      {pageRuns(book.sections).map((run, i) => (
        <Page key={i} size="A4" orientation={orientation} style={styles.page}>
          <View style={styles.header} fixed>
            <Text>{book.header[0]}</Text>
            <Text>{book.header[1]}</Text>
            <Text>{book.title}</Text>
          </View>
          {run.map((section, j) => (
            <Section key={j} section={section} />
          ))}
          <Text
            style={styles.footer}
            fixed
            render={({ pageNumber, totalPages }) => `Trang ${pageNumber} / ${totalPages}`}
          />
        </Page>
      ))}
    </Document>
  )
}

export const renderBook = (book: Book): Promise<Buffer> => {
  freshBookGlyphs()
  return renderToBuffer(<BookDocument book={book} />)
}

export const pdfResponse = (buffer: Buffer, filename: string) =>
  new Response(new Uint8Array(buffer), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${filename}"`,
    },
  })
