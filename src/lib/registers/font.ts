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
