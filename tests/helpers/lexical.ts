/** Rich-text values as the Lexical editor stores them, for the website's tests. */
const block = { version: 1, direction: 'ltr', format: '', indent: 0 }

/** A document whose root holds these nodes. */
export const lexicalDoc = (...children: unknown[]) => ({ root: { type: 'root', ...block, children } })

/** A document of one paragraph made of these inline nodes. */
export const paragraphOf = (...children: unknown[]) => lexicalDoc({ type: 'paragraph', ...block, children })

export const textNode = (text: string) => ({
  type: 'text',
  text,
  version: 1,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
})
