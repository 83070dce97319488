import { APIError, type Endpoint } from 'payload'

import { loadWorklist } from './loadWorklist'

/** `GET /api/worklist`: what waits for the signed-in person ("Việc cần làm"), as the dashboard shows it. */
export const worklistEndpoint: Endpoint = {
  path: '/worklist',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Cần đăng nhập.', 401)
    return Response.json(await loadWorklist(req))
  },
}
