import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

/** What a whole-year export builder gets: a request to read with, the year, who asked, a progress callback. */
export type ExportContext = {
  /** The job's request (no user): for the system reads of the year's archive. */
  systemReq: PayloadRequest
  /** A request signed in as the starter: for exports that read with the starter's own access. */
  requesterReq: PayloadRequest
  requester: User
  year: { id: number; name: string }
  progress: (done: number, total: number) => Promise<void>
}

/** The file an export produced. */
export type ExportFile = { filename: string; mimeType: string; data: Buffer; title: string }

export type ExportBuilder = (ctx: ExportContext) => Promise<ExportFile>
