/**
 * The sandboxes demo cabinets talk to, one per marketplace, in the shape the core's demo mode asks for: an
 * origin for every host of that marketplace, the secrets and the plain fields a cabinet of it would have.
 */
export interface DemoSandboxServer {
  url: string
  secrets: Readonly<Record<string, string>>
  fields: Readonly<Record<string, string>>
  close(): Promise<void>
}

const starters: Readonly<Record<string, (port: number) => Promise<DemoSandboxServer>>> = {
  wildberries: async (port) => {
    const sandbox = await (await import('./wildberries')).startWbSandbox({ port })
    return { url: sandbox.url, secrets: { token: sandbox.token }, fields: {}, close: () => sandbox.close() }
  },
  ozon: async (port) => {
    const sandbox = await (await import('./ozon')).startOzonSandbox({ port })
    return { url: sandbox.url, secrets: { apiKey: sandbox.apiKey }, fields: { clientId: sandbox.clientId }, close: () => sandbox.close() }
  }
}

/** Null for a marketplace that has no sandbox yet: it gets no demo cabinet. */
export function startDemoSandbox(marketplace: string, options: { port: number }): Promise<DemoSandboxServer | null> {
  const start = starters[marketplace]
  return start ? start(options.port) : Promise.resolve(null)
}
