#!/bin/sh
# `npm start`, production: prepare (build when needed, migrate, demo school on an empty database),
# then `exec` the production server (scripts/server.mjs: Next's handler, plus the script hashes of the
# public pages' Content-Security-Policy), so it replaces this shell and is the only long-lived process
# (under a process manager, run `sh scripts/start.sh` itself: no npm either).
# Without DATABASE_URL (environment, .env or .env.local) it falls back to the supervising wrapper,
# which also runs the embedded PostgreSQL and so has to stay.
set -e
cd "$(dirname "$0")/.."
status=0
node scripts/run-ts.mjs scripts/prepare-start.ts || status=$?
if [ "$status" = 3 ]; then
  exec node scripts/run-ts.mjs scripts/dev.ts --prod
elif [ "$status" != 0 ]; then
  exit "$status"
fi
NODE_OPTIONS="${NODE_OPTIONS:-} --no-deprecation" exec node --env-file=.data/runtime.env \
  scripts/server.mjs --port "${PORT:-3000}" ${HOST:+--hostname "$HOST"}
