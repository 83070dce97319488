import type { Payload } from 'payload'

import { DEMO_ACCOUNTS } from '../data/people'
import type { SeedContext, SeedStep } from '../context'

/**
 * Administration records of the demo school: documents over two years (some overdue, some public),
 * assets with borrowings and a stock-take, staff files for every demo account with evaluations in
 * every stage, exam papers (last year's handed over to the library), parent messages sent and
 * failed, and the leadership's work calendar. Seed: system action, no user, access overridden.
 */
const userId = (ctx: SeedContext, email: string) => ctx.idOf('users', { email: { equals: email } })
const yearId = (ctx: SeedContext, name: string) => ctx.idOf('school-years', { name: { equals: name } })

const exists = async (
  payload: Payload,
  collection: 'documents' | 'parent-messages' | 'exam-papers' | 'work-calendar',
  where: object,
) => (await payload.count({ collection, where: where as never })).totalDocs > 0

const seedDocuments = async (ctx: SeedContext) => {
  const { payload } = ctx
  const handler = await userId(ctx, 'gv.toan@haugiang.test')
  const outgoing = [
    { date: '2025-03-10', documentType: 'KH', summary: 'Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm 2025' },
    {
      date: '2025-09-05',
      documentType: 'QD',
      summary: 'Quyết định phân công nhiệm vụ năm học 2025-2026',
      isPublic: true,
      published: true,
    },
    { date: '2025-12-20', documentType: 'BC', summary: 'Báo cáo sơ kết học kỳ I năm học 2025-2026' },
    {
      date: '2026-01-06',
      documentType: 'TB',
      summary: 'Thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ 2026',
      isPublic: true,
      published: true,
    },
    { date: '2026-08-25', documentType: 'KH', summary: 'Kế hoạch năm học 2026-2027', isPublic: true, published: true },
    {
      date: '2026-09-12',
      documentType: 'cong-van',
      summary: 'V/v đăng ký danh sách học sinh dự thi học sinh giỏi cấp quận',
    },
    { date: '2026-10-02', documentType: 'BB', summary: 'Biên bản họp Hội đồng trường tháng 10/2026' },
  ]
  for (const doc of outgoing) {
    if (await exists(payload, 'documents', { summary: { equals: doc.summary } })) continue
    await payload.create({
      collection: 'documents',
      overrideAccess: true,
      data: {
        direction: 'outgoing',
        signer: 'Nguyễn Văn Hùng',
        recipients: 'Như trên; Lưu: VT',
        copies: 2,
        ...doc,
      } as never,
    })
  }
  const incoming = [
    {
      receivedDate: '2025-10-03',
      date: '2025-10-01',
      sender: 'Phòng GD&ĐT Quận 6',
      senderReference: '1520/GDĐT-TrH',
      summary: 'V/v tổ chức Hội thi giáo viên dạy giỏi cấp quận',
      deadline: '2025-10-20',
      status: 'done',
    },
    {
      receivedDate: '2026-02-16',
      date: '2026-02-12',
      sender: 'Sở GD&ĐT TP. Hồ Chí Minh',
      senderReference: '512/SGDĐT-GDTrH',
      summary: 'V/v hướng dẫn tuyển sinh lớp 10 năm học 2026-2027',
      deadline: '2026-03-15',
      status: 'done',
    },
    {
      receivedDate: '2026-09-08',
      date: '2026-09-06',
      sender: 'Phòng GD&ĐT Quận 6',
      senderReference: '1811/GDĐT-TrH',
      summary: 'V/v báo cáo số liệu đầu năm học 2026-2027',
      deadline: '2026-09-30',
      status: 'in-progress',
    },
    {
      receivedDate: '2026-10-14',
      date: '2026-10-12',
      sender: 'UBND Quận 6',
      senderReference: '2301/UBND-VX',
      summary: 'V/v phòng chống dịch sốt xuất huyết trong trường học',
      deadline: '2026-11-01',
      status: 'assigned',
    },
    {
      receivedDate: '2026-11-20',
      date: '2026-11-18',
      sender: 'Phòng GD&ĐT Quận 6',
      senderReference: '2044/GDĐT-TrH',
      summary: 'V/v tổ chức kiểm tra cuối học kỳ I năm học 2026-2027',
      deadline: '2026-12-28',
      status: 'assigned',
    },
  ]
  for (const doc of incoming) {
    if (await exists(payload, 'documents', { summary: { equals: doc.summary } })) continue
    await payload.create({
      collection: 'documents',
      overrideAccess: true,
      data: {
        direction: 'incoming',
        instruction: 'Giao thầy Toán chủ trì, báo cáo Ban giám hiệu.',
        handlers: [handler],
        ...doc,
      } as never,
    })
  }
}

const seedAssets = async (ctx: SeedContext) => {
  const { findOrCreate } = ctx
  const assets = [
    {
      code: 'TS-MC-001',
      name: 'Máy chiếu Epson EB-X51',
      kind: 'teaching-equipment',
      room: 'Phòng thiết bị',
      quantity: 6,
      acquiredDate: '2023-08-15',
      originalCost: 11_500_000,
      fundingSource: 'state-budget',
      depreciationRate: 20,
    },
    {
      code: 'TS-MT-001',
      name: 'Máy tính để bàn phòng Tin học',
      kind: 'asset',
      room: 'Phòng Tin học 1',
      quantity: 40,
      acquiredDate: '2022-07-01',
      originalCost: 14_000_000,
      fundingSource: 'state-budget',
      depreciationRate: 20,
    },
    {
      code: 'TB-HH-012',
      name: 'Bộ thí nghiệm điện học',
      kind: 'lab-tool',
      room: 'Phòng thí nghiệm KHTN',
      quantity: 12,
      acquiredDate: '2024-09-10',
      originalCost: 2_400_000,
      fundingSource: 'school-revenue',
      depreciationRate: 12.5,
    },
    {
      code: 'TB-KHV-003',
      name: 'Kính hiển vi quang học',
      kind: 'lab-tool',
      room: 'Phòng thí nghiệm KHTN',
      quantity: 8,
      acquiredDate: '2021-09-01',
      originalCost: 3_200_000,
      fundingSource: 'sponsorship',
      depreciationRate: 10,
    },
    {
      code: 'TB-BD-020',
      name: 'Bản đồ hành chính Việt Nam',
      kind: 'teaching-equipment',
      room: 'Phòng thiết bị',
      quantity: 5,
      acquiredDate: '2020-08-20',
      condition: 'worn',
    },
  ]
  const ids = new Map<string, number>()
  for (const asset of assets)
    ids.set(asset.code, (await findOrCreate('assets', { code: { equals: asset.code } }, asset as never)).id)
  const borrowings = [
    {
      asset: 'TS-MC-001',
      borrower: 'gv.toan@haugiang.test',
      quantity: 1,
      borrowedAt: '2026-11-16',
      dueDate: '2026-11-20',
      returnedAt: '2026-11-20',
      purpose: 'Dạy Toán 7A1',
    },
    {
      asset: 'TS-MC-001',
      borrower: 'gv.van@haugiang.test',
      quantity: 1,
      borrowedAt: '2026-11-24',
      dueDate: '2026-11-27',
      purpose: 'Dạy Ngữ văn 6A1',
    },
    {
      asset: 'TB-KHV-003',
      borrower: 'gv.khtn@haugiang.test',
      quantity: 4,
      borrowedAt: '2026-11-10',
      dueDate: '2026-11-14',
      purpose: 'Thực hành KHTN 8A1 (quá hạn trả)',
    },
  ]
  for (const b of borrowings) {
    const borrower = await userId(ctx, b.borrower)
    const assetId = ids.get(b.asset)!
    await findOrCreate(
      'asset-borrowings',
      {
        and: [
          { asset: { equals: assetId } },
          { borrower: { equals: borrower } },
          { borrowedAt: { equals: b.borrowedAt } },
        ],
      },
      { ...b, asset: assetId, borrower },
    )
  }
  await findOrCreate(
    'asset-stock-takes',
    { title: { equals: 'Kiểm kê tài sản cuối năm 2025' } },
    {
      title: 'Kiểm kê tài sản cuối năm 2025',
      year: 2025,
      date: '2025-12-26',
      lines: [
        { asset: ids.get('TS-MT-001')!, countedQuantity: 39, note: 'Một máy hỏng chờ thanh lý' },
        { asset: ids.get('TB-HH-012')!, countedQuantity: 12 },
      ],
    },
  )
}

const ratingsOf = (base: string, overrides: Record<number, string> = {}) =>
  Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`c${i + 1}`, overrides[i + 1] ?? base]))

const seedStaff = async (ctx: SeedContext) => {
  const { payload, findOrCreate } = ctx
  for (const [index, person] of DEMO_ACCOUNTS.entries()) {
    const user = await userId(ctx, person.email)
    await findOrCreate(
      'staff-profiles',
      { user: { equals: user } },
      {
        user,
        fullName: person.fullName,
        gender: index % 2 === 0 ? 'male' : 'female',
        ethnicity: 'Kinh',
        position: person.roles.includes('teacher') ? 'Giáo viên' : 'Viên chức',
        rank: person.roles.includes('teacher') ? 'Giáo viên THCS hạng II' : undefined,
        startDate: `${2005 + (index % 15)}-09-01`,
        qualifications: [
          {
            degree: 'Đại học',
            major: person.roles.includes('teacher') ? 'Sư phạm' : 'Chuyên ngành phù hợp',
            institution: 'Trường ĐH Sư phạm TP.HCM',
            year: 2004 + (index % 15),
          },
        ],
        training: [{ course: 'Bồi dưỡng thường xuyên năm học 2025-2026', from: '2025-07-01', to: '2025-08-15' }],
      },
    )
  }
  // Evaluations in every stage: last year's finalised, this year's at each step.
  const previous = await yearId(ctx, '2025-2026')
  const current = await yearId(ctx, '2026-2027')
  const plan = [
    {
      email: 'gv.toan@haugiang.test',
      year: previous,
      stage: 'finalised',
      ratings: ratingsOf('tot', { 1: 'kha', 2: 'kha' }),
      classification: 'good',
    },
    {
      email: 'gv.van@haugiang.test',
      year: previous,
      stage: 'finalised',
      ratings: ratingsOf('kha'),
      classification: 'completed',
    },
    { email: 'gv.van@haugiang.test', year: current, stage: 'self-assessment', ratings: ratingsOf('kha', { 9: '' }) },
    { email: 'gv.tin@haugiang.test', year: current, stage: 'department-review', ratings: ratingsOf('tot') },
    {
      email: 'gv.toan2@haugiang.test',
      year: current,
      stage: 'principal-review',
      ratings: ratingsOf('kha', { 14: 'dat' }),
    },
    {
      email: 'totruong.toan@haugiang.test',
      year: previous,
      stage: 'finalised',
      ratings: ratingsOf('tot'),
      classification: 'excellent',
    },
  ]
  const principal = await userId(ctx, 'hieutruong@haugiang.test')
  for (const item of plan) {
    const staff = await userId(ctx, item.email)
    const { id, created } = await findOrCreate(
      'staff-evaluations',
      { and: [{ staff: { equals: staff } }, { schoolYear: { equals: item.year } }] },
      { staff, schoolYear: item.year } as never,
    )
    if (!created) continue
    const ratings = Object.fromEntries(Object.entries(item.ratings).filter(([, v]) => v))
    await payload.update({
      collection: 'staff-evaluations',
      id,
      overrideAccess: true,
      data: {
        ratings,
        status: item.stage,
        selfComment: 'Hoàn thành tốt nhiệm vụ giảng dạy và chủ nhiệm.',
        ...(item.stage !== 'self-assessment'
          ? { departmentHeadComment: 'Tổ chuyên môn thống nhất với tự đánh giá.' }
          : {}),
        ...(item.stage === 'finalised'
          ? { classification: item.classification, approvedBy: principal, approvedAt: '2026-05-25T03:00:00.000Z' }
          : {}),
      } as never,
    })
  }
}

const pdf = (title: string) => {
  const data = Buffer.from(
    `%PDF-1.4\n% ${title}\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 1\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n`,
  )
  return { data, mimetype: 'application/pdf', name: `${title.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`, size: data.length }
}

const seedExamPapers = async (ctx: SeedContext) => {
  const { payload } = ctx
  const previous = await yearId(ctx, '2025-2026')
  const current = await yearId(ctx, '2026-2027')
  const papers = [
    { code: 'TOAN', grade: 9, assessment: 'final-2', year: previous, yearName: '2025-2026', library: true },
    { code: 'NV', grade: 8, assessment: 'final-2', year: previous, yearName: '2025-2026', library: true },
    { code: 'TOAN', grade: 7, assessment: 'midterm-1', year: current, yearName: '2026-2027', library: false },
    { code: 'NN1', grade: 6, assessment: 'midterm-1', year: current, yearName: '2026-2027', library: false },
  ]
  for (const p of papers) {
    const title = `Đề ${p.assessment} ${p.code} khối ${p.grade} (${p.yearName})`
    if (await exists(payload, 'exam-papers', { title: { equals: title } })) continue
    const subject = await ctx.idOf('subjects', { code: { equals: p.code } })
    await payload.create({
      collection: 'exam-papers',
      overrideAccess: true,
      file: pdf(`${p.code}-${p.grade}-${p.assessment}-${p.yearName}`),
      data: {
        title,
        subject,
        grade: p.grade,
        assessment: p.assessment,
        schoolYear: p.year,
        ...(p.library ? { custody: 'library', handedOverAt: '2026-06-15T03:00:00.000Z' } : {}),
      } as never,
    })
  }
}

const seedMessages = async (ctx: SeedContext) => {
  const { payload } = ctx
  const yearNow = await yearId(ctx, '2026-2027')
  const class7A1 = await ctx.idOf('classes', {
    and: [{ name: { equals: '7A1' } }, { schoolYear: { equals: yearNow } }],
  })
  const author = await userId(ctx, 'gv.toan@haugiang.test')
  const principal = await userId(ctx, 'hieutruong@haugiang.test')
  const enrolment = await payload.find({
    collection: 'enrolments',
    where: { class: { equals: class7A1 } },
    limit: 2,
    depth: 0,
    sort: 'id',
  })
  const [first, second] = enrolment.docs.map((e) => e.student as number)
  const messages = [
    {
      title: 'Thư mời họp phụ huynh đầu năm học 2026-2027',
      audience: 'class',
      author,
      status: 'sent',
      sentAt: '2026-09-10T02:00:00.000Z',
      recipients: [
        {
          student: first,
          guardianName: 'Phụ huynh em thứ nhất',
          address: 'phuhuynh1@example.test',
          status: 'sent',
          attempts: 1,
          sentAt: '2026-09-10T02:00:00.000Z',
        },
        { student: second, guardianName: 'Phụ huynh em thứ hai', address: null, status: 'no-address', attempts: 0 },
      ],
    },
    {
      title: 'Thông báo nghỉ học do mưa bão',
      audience: 'class',
      author: principal,
      status: 'failed',
      recipients: [
        {
          student: first,
          guardianName: 'Phụ huynh em thứ nhất',
          address: 'hopthu-day@example.test',
          status: 'failed',
          attempts: 4,
          lastError: '452 Mailbox full',
        },
      ],
    },
  ]
  for (const m of messages) {
    if (await exists(payload, 'parent-messages', { title: { equals: m.title } })) continue
    await payload.create({
      collection: 'parent-messages',
      overrideAccess: true,
      context: { systemWrite: true }, // history of deliveries, not a new sending
      data: {
        kind: 'notice',
        class: class7A1,
        body: `${m.title}. Trân trọng.`,
        channel: 'email',
        queuedAt: '2026-09-10T01:55:00.000Z',
        ...m,
      } as never,
    })
  }
}

const seedCalendar = async (ctx: SeedContext) => {
  const entries = [
    {
      title: 'Họp Hội đồng sư phạm tháng 12',
      start: '2026-12-05T07:30:00.000Z',
      location: 'Hội trường',
      chair: 'Hiệu trưởng',
      participants: 'Toàn thể cán bộ, giáo viên, nhân viên',
      isPublic: true,
    },
    {
      title: 'Kiểm tra cuối học kỳ I',
      start: '2026-12-21T00:30:00.000Z',
      end: '2026-12-26T10:00:00.000Z',
      location: 'Các phòng học',
      chair: 'Phó hiệu trưởng chuyên môn',
      participants: 'Học sinh khối 6–9',
      isPublic: true,
    },
    {
      title: 'Làm việc với đoàn kiểm tra tài chính',
      start: '2026-12-10T02:00:00.000Z',
      location: 'Phòng Hiệu trưởng',
      chair: 'Hiệu trưởng',
      participants: 'Kế toán, văn thư',
      internalNotes: 'Chuẩn bị hồ sơ quyết toán 2025',
      isPublic: false,
    },
  ]
  for (const e of entries) await ctx.findOrCreate('work-calendar', { title: { equals: e.title } }, e)
}

export const administration: SeedStep = {
  name: 'administration (documents, assets, staff, exam papers, messages, calendar)',
  async run(ctx) {
    await seedDocuments(ctx)
    await seedAssets(ctx)
    await seedStaff(ctx)
    await seedExamPapers(ctx)
    await seedMessages(ctx)
    await seedCalendar(ctx)
  },
}
