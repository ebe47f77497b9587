import { SferaError } from '../../shared/domain/errors'
import type { Marketplace } from '../../shared/domain/marketplace'
import { ozonProvider } from './ozon'
import type { Provider } from './provider'
import { wildberriesProvider } from './wildberries'

/** Every provider the app can sync with; adding one is a folder and a line here. */
const providers: Partial<Record<Marketplace, Provider>> = {
  wildberries: wildberriesProvider,
  ozon: ozonProvider
}

export function allProviders(): Provider[] {
  return Object.values(providers)
}

export function providerFor(marketplace: Marketplace): Provider {
  const provider = providers[marketplace]
  if (!provider) {
    throw new SferaError('invalid_input', 'Этот маркетплейс пока не поддерживается', { marketplace })
  }
  return provider
}
