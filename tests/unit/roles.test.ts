import { describe, expect, it } from 'vitest'

import {
  canManageStructure,
  canManageUsers,
  canReadAllStudents,
  hasRole,
  isSelf,
  isViceArea,
  ROLES,
} from '@/access/roles'

const user = (roles: string[], extra: { viceArea?: string; id?: number } = {}) => ({
  id: extra.id ?? 1,
  roles,
  viceArea: extra.viceArea,
})

describe('role predicates', () => {
  it('hasRole is true for any of the listed roles and false otherwise', () => {
    expect(hasRole(user(['teacher', 'department-head']), 'principal', 'department-head')).toBe(true)
    expect(hasRole(user(['teacher']), 'principal')).toBe(false)
    expect(hasRole(null, 'teacher')).toBe(false)
    expect(hasRole(undefined, 'teacher')).toBe(false)
    expect(hasRole({ id: 1, roles: null }, 'teacher')).toBe(false)
  })

  it('isViceArea needs both the vice-principal role and the area', () => {
    expect(isViceArea(user(['vice-principal'], { viceArea: 'academic' }), 'academic')).toBe(true)
    expect(isViceArea(user(['vice-principal'], { viceArea: 'facilities' }), 'academic')).toBe(false)
    expect(isViceArea(user(['teacher'], { viceArea: 'academic' }), 'academic')).toBe(false)
  })

  it('only sysadmin and principal manage users', () => {
    for (const role of ROLES) {
      expect(canManageUsers(user([role]))).toBe(role === 'sysadmin' || role === 'principal')
    }
  })

  it('gradebook-admin, principal and vice principals manage the structure', () => {
    for (const role of ROLES) {
      expect(canManageStructure(user([role]))).toBe(['gradebook-admin', 'principal', 'vice-principal'].includes(role))
    }
  })

  it('leadership and the gradebook administrator read every student', () => {
    for (const role of ROLES) {
      expect(canReadAllStudents(user([role]))).toBe(['gradebook-admin', 'principal', 'vice-principal'].includes(role))
    }
  })

  it('isSelf compares ids as strings and refuses missing values', () => {
    expect(isSelf(user([], { id: 7 }), '7')).toBe(true)
    expect(isSelf(user([], { id: 7 }), 8)).toBe(false)
    expect(isSelf(user([], { id: 7 }), undefined)).toBe(false)
    expect(isSelf(null, 7)).toBe(false)
  })
})
