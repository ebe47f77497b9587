import { startWbSandbox, type WbSandbox, type WbSandboxOptions } from '../sandbox/wildberries'
import type { TokenInfo } from '../shared/domain/marketplace'
import { wildberriesProvider } from '../main/providers/wildberries'
import { startProviderTestBench, type ProviderTestBench } from './provider-test-bench'

export type { RecordedRequest } from './provider-test-bench'

/** The WB sandbox behind a provider test bench: one cabinet whose token is inspected and stored like the app does. */
export interface WbTestBench extends ProviderTestBench {
  sandbox: WbSandbox
}

export async function startWbTestBench(
  options: {
    sandbox?: WbSandboxOptions
    /** A sandbox the test owns, shared by several benches (the bench does not close it). */
    sharedSandbox?: WbSandbox
    token?: (sandbox: WbSandbox) => string
    tokenInfo?: TokenInfo
    /** The provider's clock (ms since the epoch); now by default. */
    now?: number
  } = {}
): Promise<WbTestBench> {
  const sandbox = options.sharedSandbox ?? (await startWbSandbox({ rateLimits: false, ...options.sandbox }))
  const token = options.token?.(sandbox) ?? sandbox.token
  const info = options.tokenInfo ?? wildberriesProvider.inspectFields({ token })
  const bench = await startProviderTestBench({
    provider: wildberriesProvider,
    origin: sandbox.url,
    account: {
      name: 'Тестовый магазин',
      fieldsJson: '{}',
      tokenExpiresAt: info?.expiresAt ?? null,
      tokenCategoriesJson: info ? JSON.stringify(info.categories) : null,
      tokenKind: info?.kind ?? null
    },
    secret: async () => token,
    field: () => undefined,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.sharedSandbox ? {} : { onClose: () => sandbox.close() })
  })
  return { ...bench, sandbox }
}
