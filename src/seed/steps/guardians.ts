import { DEMO_GUARDIANS } from '../data/guardians'
import type { SeedStep } from '../context'

/** Parents' portal accounts and their links to students (the clerk confirmed them). */
export const guardians: SeedStep = {
  name: 'guardians (parents’ portal)',
  async run({ payload, password, findOrCreate, idOf }) {
    const year = await idOf('school-years', { isCurrent: { equals: true } })
    const clerk = await idOf('users', { email: { equals: 'vanthu@haugiang.test' } })
    for (const person of DEMO_GUARDIANS) {
      const { id: guardian } = await findOrCreate(
        'guardians',
        { email: { equals: person.email } },
        {
          email: person.email,
          password,
          // The demo guardians chose their password (changing it asks for it, as for staff).
          passwordSetAt: new Date().toISOString(),
          fullName: person.fullName,
          phone: person.phone,
          active: true,
        },
      )
      for (const child of person.children) {
        const klass = await idOf('classes', {
          and: [{ name: { equals: child.className } }, { schoolYear: { equals: year } }],
        })
        const { docs } = await payload.find({
          collection: 'students',
          where: { currentClass: { equals: klass } },
          sort: 'studentCode',
          limit: 1,
          page: child.index + 1,
          depth: 0,
          select: {},
        })
        const student = docs[0]
        if (!student) throw new Error(`Seed: no student ${child.index} in ${child.className}`)
        await findOrCreate(
          'guardian-links',
          { and: [{ guardian: { equals: guardian } }, { student: { equals: student.id } }] },
          {
            guardian,
            student: student.id,
            relationship: child.relationship,
            status: child.status,
            decidedBy: child.status === 'confirmed' ? clerk : null,
          },
        )
      }
    }
  },
}
