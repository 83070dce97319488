/**
 * Staff and guardians alike: 5 failed sign-ins lock the account for 10 minutes, a session lasts
 * 8 hours. Sessions are on (Payload's default, said here because the revocation on a password
 * change relies on them). Spread it: Payload completes a collection's auth config in place.
 */
export const signInPolicy = {
  maxLoginAttempts: 5,
  lockTime: 10 * 60 * 1000,
  tokenExpiration: 8 * 60 * 60,
  useSessions: true,
  // The signed-in account is read on every request: without its relations populated (ids only, as
  // GraphQL already reads it), about half of an authenticated request's time (README, benchmarks).
  depth: 0,
}
