import { DEMO_ACCOUNTS, OTHER_TEACHERS } from '../data/people'
import { DEPARTMENTS } from '../data/structure'
import type { SeedStep } from '../context'

/** The contract's demo accounts and the other teachers, then departments with their heads. */
export const accounts: SeedStep = {
  name: 'accounts and departments',
  async run({ payload, password, findOrCreate, idOf }) {
    const people = [...DEMO_ACCOUNTS, ...OTHER_TEACHERS]
    for (const person of people) {
      await findOrCreate(
        'users',
        { email: { equals: person.email } },
        {
          email: person.email,
          password,
          fullName: person.fullName,
          roles: person.roles,
          viceArea: person.viceArea,
        },
      )
    }
    for (const department of DEPARTMENTS) {
      const head = await idOf('users', { email: { equals: department.head } })
      const { id } = await findOrCreate(
        'departments',
        { name: { equals: department.name } },
        { name: department.name, head },
      )
      const members = people.filter((p) => p.department === department.code).map((p) => p.email)
      await payload.update({
        collection: 'users',
        where: { and: [{ email: { in: members } }, { department: { exists: false } }] },
        data: { department: id },
        depth: 0,
        overrideAccess: true, // seed: system action
      })
    }
  },
}
