/**
 * Starts the request for the next page before the current one is written: the server builds and sends it
 * while SQLite commits, so a sync takes the longer of the two, not their sum. The page's promise gets a
 * handler at once so a failure that nobody awaits (the run was cancelled mid-write) is not "unhandled";
 * the caller still sees the failure when it awaits the page.
 */
export function prefetch<T>(request: () => Promise<T>): Promise<T> {
  const page = request()
  page.catch(() => undefined)
  return page
}
