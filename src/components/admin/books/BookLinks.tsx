'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { stringify } from 'qs-esm'
import { useEffect, useState } from 'react'

type Link = { href: string; label: string }

const getDocs = async (path: string, query: object): Promise<Array<Record<string, any>>> => {
  const res = await fetch(`/api/${path}${stringify(query, { addQueryPrefix: true })}`, { credentials: 'include' })
  return res.ok ? (await res.json()).docs : []
}

const Links = ({ title, links }: { title: string; links: Link[] }) =>
  links.length === 0 ? null : (
    <div style={{ marginBottom: 16 }}>
      <strong>{title}: </strong>
      {links.map((l) => (
        <a key={l.href} href={l.href} target="_blank" rel="noreferrer" style={{ marginRight: 12 }}>
          {l.label}
        </a>
      ))}
    </div>
  )

/** On a class: the sổ theo dõi và đánh giá học sinh of each term of the class's year (PDF; the server decides who may). */
export const ClassBookLinks = () => {
  const { id } = useDocumentInfo()
  const [links, setLinks] = useState<Link[]>([])
  useEffect(() => {
    if (!id) return
    void (async () => {
      const klass = (await getDocs('classes', { where: { id: { equals: id } }, depth: 0, limit: 1 }))[0]
      if (!klass) return
      const terms = await getDocs('terms', {
        where: { schoolYear: { equals: klass.schoolYear } },
        sort: 'term',
        depth: 0,
      })
      setLinks(
        terms.map((t) => ({ href: `/api/classes/${id}/gradebook?term=${t.id}`, label: `In sổ theo dõi — ${t.name}` })),
      )
    })()
  }, [id])
  return <Links title="Sổ theo dõi và đánh giá học sinh" links={links} />
}

/** On a student: the học bạ of each school year the student was enrolled (PDF). */
export const StudentBookLinks = () => {
  const { id } = useDocumentInfo()
  const [links, setLinks] = useState<Link[]>([])
  useEffect(() => {
    if (!id) return
    void (async () => {
      const enrolments = await getDocs('enrolments', { where: { student: { equals: id } }, depth: 1, limit: 20 })
      const years = new Map<number, string>()
      for (const e of enrolments)
        if (e.schoolYear && typeof e.schoolYear === 'object') years.set(e.schoolYear.id, e.schoolYear.name)
      setLinks(
        [...years].map(([year, name]) => ({
          href: `/api/students/${id}/transcript?schoolYear=${year}`,
          label: `In học bạ ${name}`,
        })),
      )
    })()
  }, [id])
  return <Links title="Học bạ" links={links} />
}
