import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { translate } from '@haugiang/payload-plugin-i18n'
import { allowedTransitions } from './permissions'
import { labelFor, stageLabel } from './rules'
import type { ResolvedOptions, WorkflowUser } from './types'

type Doc = Record<string, unknown>

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The first field message of a Payload error (a ValidationError keeps it in data.errors), and its status. */
const refusalOf = (error: unknown) => {
  const e = error as { status?: number; message?: string; data?: { errors?: Array<{ message?: string }> } }
  const status = typeof e.status === 'number' && e.status >= 400 && e.status < 500 ? e.status : null
  return status ? refuse(status, e.data?.errors?.[0]?.message || e.message || '') : null
}

/**
 * `GET /api/<collection>/:id/workflow`: the document's stage, the transitions the signed-in user may
 * make now and whether they may publish it, computed by the same rule as the guard, so the admin
 * control never restates the rules. `POST` `{ to, note }` makes one transition as a draft save,
 * as the user (the collection's access and the guard apply).
 */
export const workflowEndpoints = (o: ResolvedOptions, collection: CollectionSlug): Endpoint[] => {
  const f = o.fieldNames
  const start = async (req: PayloadRequest) => {
    const user = (req.user as WorkflowUser | null | undefined) ?? null
    if (!user) return { failure: refuse(401, translate(req, 'editorialWorkflow:signInFirst')) }
    const id = req.routeParams?.id as string | number | undefined
    try {
      const doc = (await req.payload.findByID({
        collection,
        id: id as string,
        draft: true,
        depth: 0,
        overrideAccess: false,
        req,
      })) as unknown as Doc
      return { user, doc, id: id as string | number }
    } catch {
      return { failure: refuse(404, translate(req, 'editorialWorkflow:notFound')) }
    }
  }

  const get: Endpoint = {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      const s = await start(req)
      if (s.failure) return s.failure
      const language = req.i18n?.language
      const fallback = req.payload.config.i18n.fallbackLanguage
      const stage = (s.doc[f.stage] as string | undefined) ?? o.initialStage
      const transitions = await allowedTransitions(o, { user: s.user, doc: s.doc, req })
      const atPublishStage = stage === o.publishStage
      return Response.json({
        stage: { value: stage, label: stageLabel(o.stages, stage, language, fallback) },
        transitions: transitions.map((t) => ({
          to: t.to,
          label: labelFor(t.label, language, fallback) ?? null,
          stageLabel: stageLabel(o.stages, t.to, language, fallback),
          requireNote: Boolean(t.requireNote),
        })),
        mayPublish: atPublishStage && Boolean(await o.canPublish({ user: s.user, doc: s.doc, req })),
      })
    },
  }

  const post: Endpoint = {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      const s = await start(req)
      if (s.failure) return s.failure
      let body: { to?: unknown; note?: unknown } = {}
      try {
        body = ((await req.json?.()) ?? {}) as typeof body
      } catch {
        // an empty or broken body is answered below like a missing stage
      }
      const to = typeof body.to === 'string' ? body.to : ''
      if (!o.stages.some((stage) => stage.value === to))
        return refuse(400, translate(req, 'editorialWorkflow:unknownStage', { to }))
      const note = typeof body.note === 'string' ? body.note.trim() : ''
      try {
        const doc = (await req.payload.update({
          collection,
          id: s.id,
          data: { [f.stage]: to, ...(note ? { [f.notes]: note } : {}) },
          draft: true,
          depth: 0,
          overrideAccess: false,
          req,
        })) as unknown as Doc
        return Response.json({
          stage: {
            value: doc[f.stage],
            label: stageLabel(
              o.stages,
              doc[f.stage] as string,
              req.i18n?.language,
              req.payload.config.i18n.fallbackLanguage,
            ),
          },
        })
      } catch (error) {
        const refusal = refusalOf(error)
        if (refusal) return refusal
        throw error
      }
    },
  }
  return [get, post]
}
