import sharp from 'sharp'

import { drawnCrest } from '@/website/crest'
import { DEFAULT_MENU } from '@/website/menu'

import { paragraphs } from '../lexical'
import type { SeedContext, SeedStep } from '../context'

/** The demo crest: a blue shield with the school's initials, drawn at seed time. */
const crestImage = () => sharp(drawnCrest()).png().toBuffer()

const bannerImage = () =>
  sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="500"><defs><linearGradient id="g" x1="0" x2="1">' +
        '<stop offset="0" stop-color="#0b4f8a"/><stop offset="1" stop-color="#00798c"/></linearGradient></defs>' +
        '<rect width="100%" height="100%" fill="url(#g)"/></svg>',
    ),
  )
    .webp({ quality: 70 })
    .toBuffer()

const upload = async ({ payload }: SeedContext, alt: string, name: string, mimetype: string, data: Buffer) => {
  const existing = await payload.find({ collection: 'media', where: { alt: { equals: alt } }, limit: 1, depth: 0 })
  if (existing.docs[0]) return existing.docs[0].id
  const doc = await payload.create({
    collection: 'media',
    data: { alt },
    file: { data, name, mimetype, size: data.length },
    overrideAccess: true,
  })
  return doc.id
}

/** The three disclosures of Thông tư 09/2024 for the current school year, each a page of the site. */
const DISCLOSURE_PAGES = [
  {
    kind: 'quality-commitment',
    slug: 'cong-khai-cam-ket-chat-luong-2026-2027',
    title: 'Cam kết chất lượng giáo dục năm học 2026-2027',
    text: 'Nhà trường công khai cam kết chất lượng giáo dục: điều kiện tuyển sinh, chương trình, kết quả dự kiến của học sinh.',
  },
  {
    kind: 'quality-conditions',
    slug: 'cong-khai-dieu-kien-chat-luong-2026-2027',
    title: 'Điều kiện bảo đảm chất lượng giáo dục năm học 2026-2027',
    text: 'Đội ngũ cán bộ quản lý, giáo viên, nhân viên; cơ sở vật chất, phòng học, thiết bị dạy học của nhà trường.',
  },
  {
    kind: 'finance',
    slug: 'cong-khai-thu-chi-tai-chinh-2026-2027',
    title: 'Công khai thu, chi tài chính năm học 2026-2027',
    text: 'Các khoản thu theo quy định, dự toán và quyết toán ngân sách, các khoản tài trợ của nhà trường.',
  },
] as const

/**
 * The public site's settings (crest, banner, contacts, menu), the admissions page, the disclosures
 * of the current school year, a public document and a photo album. Runs after the website and
 * administration steps, whose pictures and documents it reuses.
 */
export const publicSite: SeedStep = {
  name: 'public site (settings, disclosures, album)',
  async run(ctx) {
    const { payload, findOrCreate } = ctx
    const crest = await upload(ctx, 'Huy hiệu Trường THCS Hậu Giang', 'huy-hieu.png', 'image/png', await crestImage())
    const banner = await upload(ctx, 'Ảnh bìa Trường THCS Hậu Giang', 'anh-bia.webp', 'image/webp', await bannerImage())
    await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: true,
      data: {
        schoolName: 'Trường THCS Hậu Giang',
        tagline: 'Cổng thông tin của nhà trường: tin tức, thông báo, thời khóa biểu, văn bản và công khai.',
        crest,
        banner,
        address: '1 Hậu Giang, Phường 2, Quận 6, Thành phố Hồ Chí Minh',
        phone: '028 3855 1234',
        email: 'thcshaugiang.q6@hcm.edu.vn',
        mapUrl: 'https://www.openstreetmap.org/search?query=THCS%20H%E1%BA%ADu%20Giang%20Qu%E1%BA%ADn%206',
        responsible: { name: 'Nguyễn Văn Hùng', title: 'Hiệu trưởng' },
        authorityLinks: [
          { label: 'Bộ Giáo dục và Đào tạo', url: 'https://moet.gov.vn' },
          { label: 'Sở Giáo dục và Đào tạo TP. Hồ Chí Minh', url: 'https://hcm.edu.vn' },
          { label: 'Phòng Giáo dục và Đào tạo Quận 6', url: 'https://pgdquan6.hcm.edu.vn' },
        ],
        socialLinks: [{ label: 'Facebook', url: 'https://www.facebook.com/thcshaugiang' }],
        menu: DEFAULT_MENU.map((item) => ({ ...item })),
      },
    })

    await findOrCreate(
      'pages',
      { slug: { equals: 'tuyen-sinh' } },
      {
        title: 'Tuyển sinh lớp 6 năm học 2027-2028',
        slug: 'tuyen-sinh',
        content: paragraphs([
          'Nhà trường tuyển sinh lớp 6 theo kế hoạch của Phòng Giáo dục và Đào tạo Quận 6.',
          'Phụ huynh xem lịch nhận hồ sơ, hồ sơ cần nộp và địa bàn tuyển sinh tại văn phòng nhà trường.',
        ]),
        _status: 'published',
      },
    )

    const planSummary = 'Kế hoạch bồi dưỡng học sinh giỏi năm học 2026-2027'
    const plan = await payload.find({ collection: 'documents', where: { summary: { equals: planSummary } }, limit: 1 })
    const planId =
      plan.docs[0]?.id ??
      (
        await payload.create({
          collection: 'documents',
          overrideAccess: true,
          data: {
            direction: 'outgoing',
            date: '2026-09-20',
            documentType: 'KH',
            summary: planSummary,
            signer: 'Nguyễn Văn Hùng',
            recipients: 'Các tổ chuyên môn; Lưu: VT',
            copies: 2,
            isPublic: true,
            published: true,
          },
        })
      ).id

    for (const d of DISCLOSURE_PAGES) {
      const page = await findOrCreate(
        'pages',
        { slug: { equals: d.slug } },
        {
          title: d.title,
          slug: d.slug,
          content: paragraphs([d.text]),
          _status: 'published',
        },
      )
      await findOrCreate(
        'disclosures',
        { and: [{ schoolYear: { equals: '2026-2027' } }, { kind: { equals: d.kind } }] },
        {
          title: d.title,
          schoolYear: '2026-2027',
          kind: d.kind,
          page: page.id,
          documents: d.kind === 'quality-commitment' ? [planId] : [],
          _status: 'published',
        },
      )
    }

    const photos = await payload.find({
      collection: 'media',
      where: { alt: { like: 'Ảnh minh họa' } },
      limit: 5,
      depth: 0,
      sort: 'id',
    })
    const author = await ctx.idOf('users', { email: { equals: 'web@haugiang.test' } })
    await findOrCreate(
      'albums',
      { slug: { equals: 'ngay-hoi-stem-2026' } },
      {
        title: 'Ngày hội STEM 2026',
        slug: 'ngay-hoi-stem-2026',
        description: 'Hình ảnh Ngày hội STEM của học sinh trường THCS Hậu Giang.',
        publishDate: new Date(Date.UTC(2026, 10, 22, 2)).toISOString(),
        photos: photos.docs.map((p) => p.id),
        author,
        reviewStage: 'approved',
        _status: 'published',
      },
    )
  },
}
