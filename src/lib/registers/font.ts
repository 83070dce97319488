import fs from 'node:fs'

import { Font } from '@react-pdf/renderer'

/**
 * A TTF with every Vietnamese glyph for printed books: REGISTER_FONT, else DejaVu Sans when the
 * system has it, else the built-in Helvetica (diacritics then print poorly). Registered once;
 * react-pdf embeds the glyphs used.
 */
const FONT_CANDIDATES = [process.env.REGISTER_FONT, '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'].filter(
  Boolean,
) as string[]
const fontFile = FONT_CANDIDATES.find((file) => fs.existsSync(file))
const boldFile = fontFile?.replace(/\.ttf$/i, '-Bold.ttf')
if (fontFile)
  Font.register({
    family: 'RegisterFont',
    fonts: [
      { src: fontFile },
      ...(boldFile && boldFile !== fontFile && fs.existsSync(boldFile)
        ? [{ src: boldFile, fontWeight: 'bold' as const }]
        : []),
    ],
  })

export const bookFontFamily = fontFile ? 'RegisterFont' : 'Helvetica'

/**
 * Empties the glyph cache of the book font before a render. fontkit keeps each glyph with the
 * characters of the first text it was laid out for; a later document reusing it can then lose that
 * character from its text layer (the page looks right, but search, copy and `pdftotext` miss it:
 * "Hồ s lưu trữ" for "Hồ sơ lưu trữ" in the second register printed by a process). A fresh cache per
 * render keeps every document's text whole; the glyphs are cheap to make again.
 */
export const freshBookGlyphs = () => {
  if (!fontFile) return
  // Numeric weights: react-pdf's lookup matches a weight named 'bold' to no source of weight 700 and
  // falls back to the regular one, so the bold font's glyphs were never emptied (its headings lost
  // characters once another document had used them: "Tiếng nh" for "Tiếng Anh").
  for (const fontWeight of [400, 700]) {
    const source = Font.getFont({ fontFamily: bookFontFamily, fontWeight }) as { data?: { _glyphs?: unknown } } | null
    if (source?.data && typeof source.data._glyphs === 'object') source.data._glyphs = {}
  }
}
