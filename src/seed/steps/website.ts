import sharp from 'sharp'

import { slugify } from '@/domain/website/slug'

import { ANNOUNCEMENTS, ARTICLE_TITLES, CATEGORIES, PAGES } from '../data/website'
import { DEPARTMENTS } from '../data/structure'
import { paragraphs } from '../lexical'
import type { SeedStep } from '../context'

const COLOURS = ['#1d4e89', '#00798c', '#d1495b', '#edae49', '#3a7d44']
/** Article stages in turn; "published" is approved and live. */
const STAGES = [
  'published',
  'draft',
  'department-review',
  'board-review',
  'approved',
  'changes-requested',
  'published',
] as const

/** A small illustration made at seed time: a coloured banner with a caption. */
const banner = (colour: string, caption: string) =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540"><rect width="100%" height="100%" fill="${colour}"/>` +
        `<text x="50%" y="52%" font-size="56" font-family="sans-serif" fill="#fff" text-anchor="middle">${caption}</text></svg>`,
    ),
  )
    .jpeg({ quality: 80 })
    .toBuffer()

/** A one-page PDF with its cross-reference table, enough to attach to an announcement. */
const tinyPdf = () => {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj${object}endobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/**
 * The demo website: categories, pictures, 23 articles over every review stage and department,
 * announcements of every kind, the "about" and "contacts" pages.
 */
export const website: SeedStep = {
  name: 'website',
  async run({ payload, findOrCreate, idOf }) {
    const categoryIds: number[] = []
    for (const title of CATEGORIES) {
      categoryIds.push(
        (await findOrCreate('categories', { title: { equals: title } }, { title, slug: slugify(title) })).id,
      )
    }

    const imageIds: number[] = []
    for (const [i, colour] of COLOURS.entries()) {
      const alt = `Ảnh minh họa ${i + 1} của trường THCS Hậu Giang`
      const existing = await payload.find({ collection: 'media', where: { alt: { equals: alt } }, limit: 1, depth: 0 })
      if (existing.docs[0]) {
        imageIds.push(existing.docs[0].id)
        continue
      }
      const data = await banner(colour, `THCS Hậu Giang ${i + 1}`)
      const doc = await payload.create({
        collection: 'media',
        data: { alt },
        file: { data, name: `minh-hoa-${i + 1}.jpg`, mimetype: 'image/jpeg', size: data.length },
        overrideAccess: true,
      })
      imageIds.push(doc.id)
    }

    let n = 0
    for (const department of DEPARTMENTS) {
      const departmentId = await idOf('departments', { name: { equals: department.name } })
      const members = await payload.find({
        collection: 'users',
        where: { department: { equals: departmentId } },
        depth: 0,
        pagination: false,
        select: {},
      })
      for (const [i, title] of (ARTICLE_TITLES[department.code] ?? []).entries()) {
        const stage = STAGES[n % STAGES.length]!
        const published = stage === 'published'
        const date = new Date(Date.UTC(2026, 10, 25 - n * 3, 2, 0))
        await findOrCreate(
          'articles',
          { slug: { equals: slugify(title) } },
          {
            title,
            slug: slugify(title),
            department: departmentId,
            category: categoryIds[n % categoryIds.length],
            author: members.docs[i % members.docs.length]?.id,
            coverImage: imageIds[n % imageIds.length],
            excerpt: `${title}: tin từ ${department.name}.`,
            content: paragraphs([
              `${title}. Bài viết của ${department.name}, trường THCS Hậu Giang.`,
              'Hoạt động được tổ chức theo kế hoạch năm học, với sự tham gia tích cực của học sinh và giáo viên.',
            ]),
            publishDate: date.toISOString(),
            reviewStage: published ? 'approved' : stage,
            reviewNotes: stage === 'changes-requested' ? 'Cần bổ sung ảnh và rút gọn phần mở đầu.' : undefined,
            _status: published ? 'published' : 'draft',
          },
        )
        n++
      }
    }

    for (const [i, a] of ANNOUNCEMENTS.entries()) {
      const pdf = tinyPdf()
      const existing = await payload.find({
        collection: 'announcements',
        where: { title: { equals: a.title } },
        limit: 1,
        depth: 0,
      })
      if (existing.docs[0]) continue
      const attachment =
        a.kind === 'timetable' || a.kind === 'test-schedule'
          ? (
              await payload.create({
                collection: 'media',
                data: { alt: `Tệp đính kèm: ${a.title}` },
                file: { data: pdf, name: `${slugify(a.title)}.pdf`, mimetype: 'application/pdf', size: pdf.length },
                overrideAccess: true,
              })
            ).id
          : undefined
      await payload.create({
        collection: 'announcements',
        overrideAccess: true,
        data: {
          title: a.title,
          kind: a.kind,
          validFrom: new Date(Date.UTC(2026, 10, 20 + i)).toISOString(),
          validTo: new Date(Date.UTC(2027, 0, 15)).toISOString(),
          body: paragraphs([
            `${a.title}. Phụ huynh và học sinh xem chi tiết trong tệp đính kèm hoặc liên hệ giáo viên chủ nhiệm.`,
          ]),
          attachments: attachment ? [attachment] : [],
          _status: 'published',
        },
      })
    }

    for (const page of PAGES) {
      await findOrCreate(
        'pages',
        { slug: { equals: page.slug } },
        {
          title: page.title,
          slug: page.slug,
          content: paragraphs(page.paragraphs),
          _status: 'published',
        },
      )
    }
  },
}
