import { describe, expect, it } from 'vitest'

import { cellForSave, displayCell, isBlock, parsePastedBlock } from '@/domain/grading/sheetInput'

describe('grade sheet input', () => {
  it('reads a block copied from Excel: rows by line, columns by tab, the trailing line break dropped', () => {
    expect(parsePastedBlock('7,5\t8\t9\r\n6\t 5.5 \t10\r\n')).toEqual([
      ['7,5', '8', '9'],
      ['6', '5.5', '10'],
    ])
    expect(parsePastedBlock('8\n9\n')).toEqual([['8'], ['9']])
  })

  it('tells a block from one value', () => {
    expect(isBlock('7,5')).toBe(false)
    expect(isBlock('7,5\n')).toBe(false)
    expect(isBlock('7\t8')).toBe(true)
    expect(isBlock('7\n8')).toBe(true)
  })

  it('shows decimals with a comma and sends them with a point', () => {
    expect(displayCell('7.5')).toBe('7,5')
    expect(displayCell('8')).toBe('8')
    expect(displayCell('D')).toBe('D')
    expect(displayCell(null)).toBe('')
    expect(cellForSave(' 7,5 ')).toBe('7.5')
    expect(cellForSave('CĐ')).toBe('CĐ')
    expect(cellForSave('7,55')).toBe('7.55')
  })
})
