import { startOzonSandbox, type OzonSandbox, type OzonSandboxOptions } from '../sandbox/ozon'
import type { RateBudgets } from '../main/http'
import { ozonProvider } from '../main/providers/ozon'
import { startProviderTestBench, type ProviderTestBench } from './provider-test-bench'

/** The Ozon sandbox behind a provider test bench: one cabinet whose Client-Id and key are inspected and stored like the app does. */
export interface OzonTestBench extends ProviderTestBench {
  sandbox: OzonSandbox
}

export async function startOzonTestBench(
  options: {
    sandbox?: OzonSandboxOptions
    /** A sandbox the test owns, shared by several benches (the bench does not close it). */
    sharedSandbox?: OzonSandbox
    /** The provider's clock (ms since the epoch), fixed until setNow moves it; now by default. */
    now?: number
    /** Budgets on real time, to hold Ozon's limit against a sandbox that enforces it. */
    budgets?: RateBudgets
  } = {}
): Promise<OzonTestBench> {
  const sandbox = options.sharedSandbox ?? (await startOzonSandbox({ rateLimits: false, ...options.sandbox }))
  const fields = { clientId: sandbox.clientId, apiKey: sandbox.apiKey }
  ozonProvider.inspectFields(fields)
  const bench = await startProviderTestBench({
    provider: ozonProvider,
    origin: sandbox.url,
    account: {
      name: 'Тестовый магазин Ozon',
      fieldsJson: JSON.stringify({ clientId: fields.clientId }),
      tokenExpiresAt: null,
      tokenCategoriesJson: null,
      tokenKind: null
    },
    secret: async (key) => {
      if (key !== 'apiKey') throw new Error(`Ozon has no secret ${key}`)
      return fields.apiKey
    },
    field: (key) => (key === 'clientId' ? fields.clientId : undefined),
    ...(options.budgets ? { budgets: options.budgets } : {}),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.sharedSandbox ? {} : { onClose: () => sandbox.close() })
  })
  return { ...bench, sandbox }
}
