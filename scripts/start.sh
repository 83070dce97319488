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
# Memory: scripts/server-node-options caps V8's heap (it would size it from the machine's memory and
# collect late: past 700 MiB under load for about 230 MB live; capped, about 400-430 MiB, README).
# Options in NODE_OPTIONS come after them, so NODE_OPTIONS=--max-old-space-size=1024 overrides.
NODE_OPTIONS="$(cat scripts/server-node-options) ${NODE_OPTIONS:-} --no-deprecation" exec node --env-file=.data/runtime.env \
  scripts/server.mjs --port "${PORT:-3000}" ${HOST:+--hostname "$HOST"}
