import type { Endpoint } from 'payload'

import { loadWorklist } from './loadWorklist'

/** `GET /api/worklist`: what waits for the signed-in person ("Việc cần làm"), as the dashboard shows it. */
export const worklistEndpoint: Endpoint = {
  path: '/worklist',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Cần đăng nhập.' }] }, { status: 401 })
    return Response.json(await loadWorklist(req))
  },
}
