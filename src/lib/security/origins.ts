/**
 * Origins allowed to make cookie-authenticated writes (Payload's `csrf`): the public URL when
 * `SERVER_URL` is set, else the usual local addresses of a development machine.
 */
export const csrfOrigins = (serverURL: string | undefined, port = process.env.PORT || '3000'): string[] => {
  if (serverURL) return [new URL(serverURL).origin]
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}
