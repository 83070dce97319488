import { DEPARTMENTS, FIXED_ASSIGNMENTS, HOMEROOM, SCHOOL_YEARS, SECTIONS, SUBJECTS } from '../data/structure'
import type { SeedStep } from '../context'

/** School years with their terms, subjects, classes and teaching assignments. */
export const structure: SeedStep = {
  name: 'school structure',
  async run({ payload, findOrCreate, idOf }) {
    const teacherIds = new Map<string, number>()
    const teacher = async (email: string) => {
      if (!teacherIds.has(email)) teacherIds.set(email, await idOf('users', { email: { equals: email } }))
      return teacherIds.get(email)!
    }

    const subjectIds = new Map<string, number>()
    for (const [order, subject] of SUBJECTS.entries()) {
      const departmentName = DEPARTMENTS.find((d) => d.code === subject.department)!.name
      const { id } = await findOrCreate(
        'subjects',
        { code: { equals: subject.code } },
        {
          code: subject.code,
          name: subject.name,
          assessment: subject.assessment,
          order: order + 1,
          department: await idOf('departments', { name: { equals: departmentName } }),
          periods: {
            grade6: subject.periods[0],
            grade7: subject.periods[1],
            grade8: subject.periods[2],
            grade9: subject.periods[3],
          },
        },
      )
      subjectIds.set(subject.code, id)
    }

    for (const year of SCHOOL_YEARS) {
      const { id: schoolYear } = await findOrCreate(
        'school-years',
        { name: { equals: year.name } },
        {
          name: year.name,
          startDate: year.startDate,
          endDate: year.endDate,
          isCurrent: year.isCurrent,
        },
      )
      for (const term of ['I', 'II'] as const) {
        await findOrCreate(
          'terms',
          { and: [{ schoolYear: { equals: schoolYear } }, { term: { equals: term } }] },
          {
            schoolYear,
            term,
            name: `HK ${term} ${year.name}`,
            status: year.termStatus,
          },
        )
      }
      for (const grade of [6, 7, 8, 9]) {
        for (const section of SECTIONS) {
          const name = `${grade}${section}`
          const { id: classId } = await findOrCreate(
            'classes',
            { and: [{ name: { equals: name } }, { schoolYear: { equals: schoolYear } }] },
            {
              name,
              grade,
              schoolYear,
              homeroomTeacher: await teacher(HOMEROOM[name]!),
            },
          )
          for (const [index, subject] of SUBJECTS.entries()) {
            if (subject.periods[grade - 6] === 0) continue
            const fixed = FIXED_ASSIGNMENTS.find((a) => a.subject === subject.code && a.classes.includes(name))
            const email =
              fixed?.teacher ?? subject.teachers[(grade + index + SECTIONS.indexOf(section)) % subject.teachers.length]!
            const teacherId = await teacher(email)
            await findOrCreate(
              'teaching-assignments',
              {
                and: [{ class: { equals: classId } }, { subject: { equals: subjectIds.get(subject.code) } }],
              },
              { teacher: teacherId, class: classId, subject: subjectIds.get(subject.code)! },
            )
          }
        }
      }
    }
    payload.logger.debug('structure seeded')
  },
}
