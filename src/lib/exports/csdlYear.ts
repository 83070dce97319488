import type { ArchiveFile } from '@/domain/exports/manifest'
import { fileSlug } from '@/domain/exports/manifest'
import { classScoresSheet, classYearResultsSheet } from '@/endpoints/exchange/csdlExports'
import { tableWorkbook, XLSX_TYPE } from '@/lib/xlsx/tableWorkbook'
import { SCHOOL } from '@/school'

import type { ExportBuilder, ExportContext } from './types'
import { zipWithManifest } from './zip'

/** The year's classes, terms and subjects, read with the starter's own access. */
const yearFrame = async ({ requesterReq: req, year }: ExportContext) => {
  const common = { req, overrideAccess: false, pagination: false, depth: 0 } as const
  const [classes, terms, subjects] = await Promise.all([
    req.payload.find({ ...common, collection: 'classes', where: { schoolYear: { equals: year.id } }, sort: 'name' }),
    req.payload.find({ ...common, collection: 'terms', where: { schoolYear: { equals: year.id } }, sort: 'term' }),
    req.payload.find({ ...common, collection: 'subjects', sort: 'order' }),
  ])
  return { classes: classes.docs, terms: terms.docs, subjects: subjects.docs }
}

/**
 * Every score sheet of the year in the CSDL's layout, one file per class × subject × term as the
 * CSDL imports them, in one ZIP with a manifest. Read with the starter's access, as
 * `GET /api/grades/csdl-export` reads for them.
 */
export const buildCsdlYearScores: ExportBuilder = async (ctx) => {
  const { classes, terms, subjects } = await yearFrame(ctx)
  const reader = { req: ctx.requesterReq, overrideAccess: false }
  const sheets = classes.flatMap((klass) =>
    subjects
      .filter(
        (s) => Number((s.regularAssessments as Record<string, number | null> | null)?.[`grade${klass.grade}`] ?? 0) > 0,
      )
      .flatMap((subject) => terms.map((term) => ({ klass, subject, term }))),
  )
  let done = 0
  await ctx.progress(0, sheets.length)
  const files: ArchiveFile[] = []
  for (const { klass, subject, term } of sheets) {
    const { sheet, filename } = await classScoresSheet(reader, klass, subject, term)
    const data = await tableWorkbook([SCHOOL.name.toUpperCase()], [sheet])
    files.push({ path: `${fileSlug(klass.name)}/${filename}`, data: new Uint8Array(data) })
    await ctx.progress(++done, sheets.length)
  }
  const { data } = await zipWithManifest(files, {
    school: SCHOOL.name,
    schoolYear: ctx.year.name,
    generatedAt: new Date().toISOString(),
    generatedBy: { id: ctx.requester.id, email: ctx.requester.email },
  })
  return {
    data,
    filename: `csdl-diem-${fileSlug(ctx.year.name)}.zip`,
    mimeType: 'application/zip',
    title: `Điểm năm học ${ctx.year.name} (mẫu CSDL ngành)`,
  }
}

/** The year's results of every class in the CSDL's layout: one workbook, one sheet per class. */
export const buildCsdlYearResults: ExportBuilder = async (ctx) => {
  const { classes } = await yearFrame(ctx)
  const reader = { req: ctx.requesterReq, overrideAccess: false }
  await ctx.progress(0, classes.length)
  const sheets = []
  for (const [i, klass] of classes.entries()) {
    sheets.push({ ...(await classYearResultsSheet(reader, klass)), name: klass.name })
    await ctx.progress(i + 1, classes.length)
  }
  const data = await tableWorkbook([SCHOOL.name.toUpperCase(), `NĂM HỌC ${ctx.year.name}`], sheets)
  return {
    data: Buffer.from(data),
    filename: `csdl-ket-qua-${fileSlug(ctx.year.name)}.xlsx`,
    mimeType: XLSX_TYPE,
    title: `Kết quả cuối năm ${ctx.year.name} (mẫu CSDL ngành)`,
  }
}
