import type { PayloadRequest } from 'payload'

import { vietnamMonth } from '@/domain/calendar'

import { worklistContext } from './context'
import { guardianLinkItems } from './guardians'
import { gradebookLeadItems, principalItems } from './leadership'
import { clerkItems, handlerItems, medicalItems, publisherItems } from './office'
import { homeroomItems, teacherItems } from './teacher'
import type { Worklist, WorklistSection } from './types'

/**
 * Everything waiting for the signed-in person, by duty. Every count is read with the caller's
 * access (or is the report of an endpoint the caller may call), so a number on the dashboard is
 * the number the API gives the same person. Sections without items are left out.
 */
export const loadWorklist = async (req: PayloadRequest, now = new Date()): Promise<Worklist> => {
  const ctx = await worklistContext(req, now)
  const sections: WorklistSection[] = [
    { duty: 'teacher', title: 'Giảng dạy', items: await teacherItems(ctx) },
    { duty: 'homeroom', title: 'Chủ nhiệm', items: await homeroomItems(ctx, vietnamMonth(now)) },
    // One item for whoever may confirm (homeroom teacher, clerk, leadership), never counted twice.
    { duty: 'guardians', title: 'Phụ huynh', items: await guardianLinkItems(ctx) },
    { duty: 'gradebook', title: 'Chuyên môn', items: await gradebookLeadItems(ctx) },
    { duty: 'principal', title: 'Quản lý nhà trường', items: await principalItems(ctx) },
    { duty: 'clerk', title: 'Văn thư', items: await clerkItems(ctx) },
    { duty: 'handler', title: 'Văn bản', items: await handlerItems(ctx) },
    { duty: 'medical', title: 'Y tế', items: await medicalItems(ctx) },
    { duty: 'website', title: 'Trang thông tin', items: await publisherItems(ctx) },
  ]
  return { sections: sections.filter((s) => s.items.length > 0), generatedAt: now.toISOString() }
}
