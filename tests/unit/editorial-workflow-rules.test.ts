import { describe, expect, it } from 'vitest'

import { contentChanged, findTransition, sameId } from '@/plugins/editorial-workflow/rules'
import type { Transition } from '@/plugins/editorial-workflow/types'

const yes = () => true
const transitions: Transition[] = [
  { from: ['draft', 'changes-requested'], to: 'review', can: yes },
  { from: 'review', to: 'approved', can: yes, approval: true },
]

describe('editorial-workflow rules', () => {
  it('finds only configured transitions', () => {
    expect(findTransition(transitions, 'draft', 'review')?.to).toBe('review')
    expect(findTransition(transitions, 'changes-requested', 'review')?.to).toBe('review')
    expect(findTransition(transitions, 'review', 'approved')?.approval).toBe(true)
    expect(findTransition(transitions, 'draft', 'approved')).toBeNull()
    expect(findTransition(transitions, 'approved', 'draft')).toBeNull()
  })

  it('sees content changes, ignoring workflow fields, row ids and empty values', () => {
    const ignored = new Set(['stage', '_status', 'updatedAt'])
    const original = { title: 'A', tags: [{ id: 'x1', name: 't' }], excerpt: null, stage: 'approved' }
    expect(contentChanged({ title: 'A', stage: 'draft', _status: 'published' }, original, ignored)).toBe(false)
    expect(contentChanged({ tags: [{ name: 't' }], excerpt: '' }, original, ignored)).toBe(false)
    expect(contentChanged({ title: 'B' }, original, ignored)).toBe(true)
    expect(contentChanged({ tags: [{ name: 'u' }] }, original, ignored)).toBe(true)
    expect(contentChanged({ title: 'A' }, undefined, ignored)).toBe(true)
    // an editor's defaults added on load are not an edit
    const lexical = { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'x', format: 0 }] }] } }
    const loaded = {
      root: {
        children: [
          {
            type: 'paragraph',
            textFormat: 0,
            textStyle: '',
            children: [{ type: 'text', text: 'x', format: 0, style: '' }],
          },
        ],
      },
    }
    expect(contentChanged({ content: loaded }, { content: lexical }, ignored)).toBe(false)
    expect(contentChanged({ content: { root: { children: [] } } }, { content: lexical }, ignored)).toBe(true)
  })

  it('compares ids whether populated or bare', () => {
    expect(sameId(3, { id: 3 })).toBe(true)
    expect(sameId('3', 3)).toBe(true)
    expect(sameId(null, null)).toBe(false)
    expect(sameId(3, 4)).toBe(false)
  })
})
