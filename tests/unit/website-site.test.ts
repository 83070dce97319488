import { describe, expect, it } from 'vitest'

import { escapeLike, pageNumber, parseSearchQuery } from '@/domain/website/searchQuery'
import { SERVER_URL_MISSING, serverUrlFrom } from '@/domain/website/serverUrl'

describe('serverUrlFrom', () => {
  it('refuses to run in production without SERVER_URL, with a message saying what to set', () => {
    expect(() => serverUrlFrom({ NODE_ENV: 'production' })).toThrow(SERVER_URL_MISSING)
    expect(() => serverUrlFrom({ NODE_ENV: 'production', SERVER_URL: '  ' })).toThrow(/SERVER_URL/)
  })

  it('defaults to the local server in development and tests', () => {
    expect(serverUrlFrom({ NODE_ENV: 'development' })).toBe('http://localhost:3000')
    expect(serverUrlFrom({ NODE_ENV: 'test', PORT: '4100' })).toBe('http://localhost:4100')
  })

  it('keeps the origin and path without a trailing slash; refuses other schemes and garbage', () => {
    expect(serverUrlFrom({ NODE_ENV: 'production', SERVER_URL: 'https://thcshaugiang.edu.vn/' })).toBe(
      'https://thcshaugiang.edu.vn',
    )
    expect(serverUrlFrom({ SERVER_URL: 'https://truong.vn/web//' })).toBe('https://truong.vn/web')
    expect(() => serverUrlFrom({ SERVER_URL: 'javascript:alert(1)' })).toThrow(/http/)
    expect(() => serverUrlFrom({ SERVER_URL: 'not a url' })).toThrow(/không hợp lệ/)
  })
})

describe('parseSearchQuery', () => {
  it('splits words, collapses spaces, drops punctuation-only words and duplicates', () => {
    expect(parseSearchQuery('  học   sinh giỏi  - học ')).toEqual({
      text: 'học sinh giỏi - học',
      words: ['học', 'sinh', 'giỏi'],
    })
  })

  it('nothing searchable gives null', () => {
    expect(parseSearchQuery('')).toBeNull()
    expect(parseSearchQuery(' -- ')).toBeNull()
    expect(parseSearchQuery(undefined)).toBeNull()
    expect(parseSearchQuery(['a'])).toBeNull()
  })

  it('caps the length and the number of words', () => {
    const q = parseSearchQuery('a'.repeat(500))!
    expect(q.text).toHaveLength(100)
    expect(parseSearchQuery('a b c d e f g h i j k')!.words).toHaveLength(8)
  })

  it('normalises decomposed Vietnamese (NFD) to the composed form the database holds', () => {
    expect(parseSearchQuery('gio\u0309i')!.words).toEqual(['giỏi'])
  })
})

describe('escapeLike and pageNumber', () => {
  it('LIKE wildcards are matched literally', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b')
  })

  it('page numbers are positive integers within bounds', () => {
    expect(pageNumber('3')).toBe(3)
    expect(pageNumber('0')).toBe(1)
    expect(pageNumber('-2')).toBe(1)
    expect(pageNumber('2.5')).toBe(1)
    expect(pageNumber('abc')).toBe(1)
    expect(pageNumber(undefined)).toBe(1)
    expect(pageNumber('999999', 50)).toBe(50)
  })
})
