import { relationId } from '@/access/relation-id'
import type { ArchiveFile } from '@/domain/exports/manifest'
import { fileSlug } from '@/domain/exports/manifest'
import { loadBookData } from '@/endpoints/books/bookData'
import { gradebookBook } from '@/endpoints/books/classGradebook'
import { transcriptBook } from '@/endpoints/books/transcript'
import { classYearResultsSheet } from '@/endpoints/exchange/csdlExports'
import type { Class, Student } from '@/payload-types'
import { renderBook } from '@/lib/books/bookPdf'
import { tableWorkbook } from '@/lib/xlsx/tableWorkbook'
import { SCHOOL } from '@/school'

import type { ExportBuilder } from './types'
import { withFixedEntryDates, zipWithManifest } from './zip'

const bytes = (data: ArrayBuffer | Uint8Array) => (data instanceof Uint8Array ? data : new Uint8Array(data))

/**
 * The year's archive (A13.3, A14.2): every class's sổ theo dõi per term, every student's học bạ
 * (in the class they ended the year in), the year's results as the CSDL workbook (one sheet per
 * class) and as JSON, and `manifest.json` (school, year, every class with its students, each file's
 * size and SHA-256). The same closed year gives the same manifest: files are dated the year's end,
 * not now, and who made the archive when is kept on the run and in the documents register, not in
 * it. The start endpoint checked the starter's right to the archive and that the year is closed; the
 * books are read as the system, as the book endpoints do after their own check.
 */
export const buildYearArchive: ExportBuilder = async ({ systemReq: req, year, progress }) => {
  const sys = { req, overrideAccess: true, pagination: false } as const // system: the archive of a closed year, its starter's right checked by the start endpoint
  const [yearDoc, classes, enrolments, results] = await Promise.all([
    req.payload.findByID({ req, overrideAccess: true, collection: 'school-years', id: year.id, depth: 0 }), // system: as `sys` above (the year's end date)
    req.payload.find({
      ...sys,
      collection: 'classes',
      where: { schoolYear: { equals: year.id } },
      sort: 'name',
      depth: 1,
    }),
    req.payload.find({
      ...sys,
      collection: 'enrolments',
      where: { and: [{ schoolYear: { equals: year.id } }, { isLatest: { equals: true } }] },
      depth: 1,
    }),
    req.payload.find({ ...sys, collection: 'year-end-results', where: { schoolYear: { equals: year.id } }, depth: 0 }),
  ])
  // The books' data of the whole year in a fixed number of queries, not a few per book.
  const books = await loadBookData(req, { yearId: year.id, classIds: classes.docs.map((c) => c.id) })
  const terms = books.terms
  const classById = new Map(classes.docs.map((c) => [c.id, c]))
  const students = enrolments.docs
    .filter((e) => typeof e.student === 'object' && classById.has(relationId(e.class) as number))
    .map((e) => ({ student: e.student as Student, klass: classById.get(relationId(e.class) as number) as Class }))
    .sort(
      (a, b) =>
        a.klass.name.localeCompare(b.klass.name) ||
        a.student.fullName.localeCompare(b.student.fullName, 'vi') ||
        a.student.studentCode.localeCompare(b.student.studentCode),
    )
  // Every file is dated the year's end: a second archive of the same closed year has the same bytes.
  const issuedAt = new Date(yearDoc.endDate ?? Date.UTC(2000, 0, 1))
  const total = classes.docs.length * terms.length + students.length + 1
  let done = 0
  const step = async () => progress(++done, total)
  await progress(0, total)

  const files: ArchiveFile[] = []
  const classList = classes.docs.map((klass) => ({
    name: klass.name,
    gradebooks: [] as string[],
    students: [] as Array<{ studentCode: string; fullName: string; transcript: string }>,
  }))
  for (const [i, klass] of classes.docs.entries()) {
    for (const term of terms) {
      const path = `so-theo-doi/${fileSlug(klass.name)}-hoc-ky-${fileSlug(term.term)}.pdf`
      files.push({ path, data: bytes(await renderBook(gradebookBook(books, klass, term, issuedAt))) })
      classList[i]!.gradebooks.push(path)
      await step()
    }
  }
  for (const { student, klass } of students) {
    const path = `hoc-ba/${fileSlug(klass.name)}/${student.studentCode}-${fileSlug(student.fullName)}.pdf`
    files.push({ path, data: bytes(await renderBook(transcriptBook(books, { student, year, klass }, issuedAt))) })
    classList
      .find((c) => c.name === klass.name)!
      .students.push({ studentCode: student.studentCode, fullName: student.fullName, transcript: path })
    await step()
  }
  const sheets = []
  for (const klass of classes.docs)
    sheets.push({ ...(await classYearResultsSheet({ req, overrideAccess: true }, klass)), name: klass.name }) // system: as above
  const yearSlug = fileSlug(year.name)
  files.push({
    path: `ket-qua/csdl-ket-qua-${yearSlug}.xlsx`,
    data: await withFixedEntryDates(
      await tableWorkbook([SCHOOL.name.toUpperCase(), `NĂM HỌC ${year.name}`], sheets, { createdAt: issuedAt }),
    ),
  })
  const studentById = new Map(students.map((s) => [s.student.id, s]))
  const json = results.docs.map((r) => {
    const s = studentById.get(relationId(r.student) as number)
    return {
      studentCode: s?.student.studentCode ?? null,
      fullName: s?.student.fullName ?? null,
      class: s?.klass.name ?? classById.get(relationId(r.class) as number)?.name ?? null,
      subjects: r.subjects,
      trainingTermI: r.trainingTermI,
      trainingTermII: r.trainingTermII,
      training: r.training,
      learning: r.learning,
      absentSessions: r.absentSessions,
      outcome: r.outcome,
      title: r.title,
      summerResults: r.summerResults,
      summerTraining: r.summerTraining,
      comment: r.comment,
      status: r.status,
    }
  })
  json.sort(
    (a, b) =>
      String(a.class).localeCompare(String(b.class)) ||
      String(a.fullName).localeCompare(String(b.fullName), 'vi') ||
      String(a.studentCode).localeCompare(String(b.studentCode)),
  )
  files.push({
    path: `ket-qua/ket-qua-${yearSlug}.json`,
    data: new TextEncoder().encode(JSON.stringify(json, null, 2)),
  })
  await step()

  const { data } = await zipWithManifest(files, {
    school: SCHOOL.name,
    schoolYear: year.name,
    classes: classList,
  })
  return {
    data,
    filename: `luu-tru-nam-hoc-${yearSlug}.zip`,
    mimeType: 'application/zip',
    title: `Lưu trữ năm học ${year.name}`,
  }
}
