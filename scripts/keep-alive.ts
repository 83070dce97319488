/**
 * Keeps the event loop busy while a script loads and runs. Under tsx, the first run after a source
 * change can leave the main thread with nothing scheduled while modules are still being compiled
 * on the loader's side, and Node then exits with 13 ("unsettled top-level await") before any code
 * ran. Scripts start this first, then import their heavy modules dynamically.
 */
export const keepAlive = () => {
  const timer = setInterval(() => {}, 1 << 30)
  return () => clearInterval(timer)
}
