/** A Lexical document of plain paragraphs, as the editor stores it. */
export const paragraphs = (texts: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: texts.map((text) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      textFormat: 0,
      children: [{ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }],
    })),
  },
})
