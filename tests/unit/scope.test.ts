import { describe, expect, it } from 'vitest'

import {
  EMPTY_SCOPE,
  headsDepartment,
  headsTeacher,
  isHomeroomTeacherOf,
  type Scope,
  scopeClassIds,
  teachesClass,
  teachesClassSubject,
} from '@/access/scope'
import { relationId } from '@/access/relation-id'

const scope: Scope = {
  schoolYearId: 2,
  homeroomClassIds: [10],
  taught: [
    { classId: 10, subjectId: 1 },
    { classId: 11, subjectId: 1 },
    { classId: 12, subjectId: 3 },
  ],
  headedDepartmentIds: [5],
  departmentMemberIds: [20, 21],
}

describe('scope predicates', () => {
  it('isHomeroomTeacherOf', () => {
    expect(isHomeroomTeacherOf(scope, 10)).toBe(true)
    expect(isHomeroomTeacherOf(scope, '10')).toBe(true)
    expect(isHomeroomTeacherOf(scope, 11)).toBe(false)
    expect(isHomeroomTeacherOf(scope, null)).toBe(false)
    expect(isHomeroomTeacherOf(EMPTY_SCOPE, 10)).toBe(false)
  })

  it('teachesClassSubject needs the pair, not each half', () => {
    expect(teachesClassSubject(scope, 11, 1)).toBe(true)
    expect(teachesClassSubject(scope, 11, 3)).toBe(false)
    expect(teachesClassSubject(scope, 12, 1)).toBe(false)
    expect(teachesClassSubject(scope, undefined, 1)).toBe(false)
  })

  it('teachesClass', () => {
    expect(teachesClass(scope, 12)).toBe(true)
    expect(teachesClass(scope, 13)).toBe(false)
  })

  it('headsDepartment and headsTeacher', () => {
    expect(headsDepartment(scope, 5)).toBe(true)
    expect(headsDepartment(scope, 6)).toBe(false)
    expect(headsTeacher(scope, 21)).toBe(true)
    expect(headsTeacher(scope, 22)).toBe(false)
  })

  it('scopeClassIds lists homeroom and taught classes once each', () => {
    expect(scopeClassIds(scope).sort()).toEqual([10, 11, 12])
    expect(scopeClassIds(EMPTY_SCOPE)).toEqual([])
  })

  it('relationId reads populated and bare relationships', () => {
    expect(relationId({ id: 4 })).toBe(4)
    expect(relationId(4)).toBe(4)
    expect(relationId(null)).toBe(null)
    expect(relationId(undefined)).toBe(null)
    expect(relationId('')).toBe(null)
    expect(relationId('7')).toBe('7')
  })
})
