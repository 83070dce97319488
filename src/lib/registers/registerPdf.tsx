import { Document, Page, renderToBuffer, StyleSheet, Text, View } from '@react-pdf/renderer'

import { freshBookGlyphs, bookFontFamily as fontFamily } from './font'

/**
 * The registers of Nghị định 30/2020 (Phụ lục IV) as printable books: landscape A4, the decree's
 * columns, in the books' Vietnamese font (`./font`).
 */
export type RegisterColumn = { title: string; width: number }
export type RegisterBook = { title: string; subtitle: string; columns: RegisterColumn[]; rows: string[][] }

const styles = StyleSheet.create({
  page: { padding: 28, fontFamily, fontSize: 8 },
  title: { fontSize: 14, textAlign: 'center', marginBottom: 4 },
  subtitle: { fontSize: 10, textAlign: 'center', marginBottom: 12 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderColor: '#000' },
  head: { flexDirection: 'row', borderWidth: 0.5, borderColor: '#000', backgroundColor: '#eee' },
  cell: { padding: 3, borderRightWidth: 0.5, borderColor: '#000' },
})

const Register = ({ book }: { book: RegisterBook }) => (
  <Document title={book.title}>
    <Page size="A4" orientation="landscape" style={styles.page}>
      <Text style={styles.title}>{book.title}</Text>
      <Text style={styles.subtitle}>{book.subtitle}</Text>
      <View style={styles.head} fixed>
        {book.columns.map((c) => (
          <Text key={c.title} style={[styles.cell, { width: `${c.width}%` }]}>
            {c.title}
          </Text>
        ))}
      </View>
      {book.rows.map((row, i) => (
        <View key={i} style={[styles.row, { borderLeftWidth: 0.5 }]} wrap={false}>
          {row.map((value, j) => (
            <Text key={j} style={[styles.cell, { width: `${book.columns[j]!.width}%` }]}>
              {value}
            </Text>
          ))}
        </View>
      ))}
    </Page>
  </Document>
)

export const renderRegister = (book: RegisterBook): Promise<Buffer> => {
  freshBookGlyphs()
  return renderToBuffer(<Register book={book} />)
}
