import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NewsList } from '../../../../_components/NewsList'
import { departmentName } from '../../../../_lib/data'
import { listPage } from '../../../../_lib/listPage'

export const revalidate = 600
// None at build time: each is rendered on its first request, then cached (ISR) until revalidated.
export const generateStaticParams = async () => []

type Props = { params: Promise<{ id: string; page?: string[] }> }

const departmentOf = async (id: string) => {
  if (!/^\d{1,9}$/.test(id)) return null
  const name = await departmentName(Number(id))
  return name ? { id: Number(id), name } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const department = await departmentOf((await params).id)
  return { title: department ? `Tin tức: ${department.name}` : 'Không tìm thấy' }
}

export default async function DepartmentNewsPage({ params }: Props) {
  const { id, page } = await params
  const department = await departmentOf(id)
  const n = listPage(page)
  if (!department || n === null) notFound()
  return <NewsList filter={{ department }} page={n} />
}
