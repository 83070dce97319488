/**
 * The editorial board's report (A17.1): from each article's review history, the articles per
 * department and per author per month, the days from first submission to publication, and the
 * articles waiting at each stage. Pure.
 */
export type HistoryEntry = { event?: string | null; to?: string | null; at?: string | null }
export type ReportArticle = {
  department: string
  author: string
  stage: string
  published: boolean
  history: HistoryEntry[]
}

const month = (iso: string) => iso.slice(0, 7)

export const boardReport = (articles: ReportArticle[]) => {
  const perDepartmentMonth: Record<string, Record<string, number>> = {}
  const perAuthorMonth: Record<string, Record<string, number>> = {}
  const waiting: Record<string, number> = {}
  const daysToPublish: number[] = []
  for (const a of articles) {
    const published = a.history.find((h) => h.event === 'publish' && h.at)
    const submitted = a.history.find((h) => h.event === 'transition' && h.at)
    if (published?.at) {
      const m = month(published.at)
      perDepartmentMonth[a.department] ??= {}
      perDepartmentMonth[a.department]![m] = (perDepartmentMonth[a.department]![m] ?? 0) + 1
      perAuthorMonth[a.author] ??= {}
      perAuthorMonth[a.author]![m] = (perAuthorMonth[a.author]![m] ?? 0) + 1
      if (submitted?.at) {
        daysToPublish.push((Date.parse(published.at) - Date.parse(submitted.at)) / 86_400_000)
      }
    }
    if (!a.published) waiting[a.stage] = (waiting[a.stage] ?? 0) + 1
  }
  const averageDaysToPublish =
    daysToPublish.length === 0
      ? null
      : Math.round((daysToPublish.reduce((s, d) => s + d, 0) / daysToPublish.length) * 10) / 10
  return { perDepartmentMonth, perAuthorMonth, waiting, averageDaysToPublish }
}
