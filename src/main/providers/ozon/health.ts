import { SferaError } from '../../../shared/domain/errors'
import type { TokenInfo } from '../../../shared/domain/marketplace'
import type { OzonErrorReason } from '../../../shared/domain/ozon-errors'
import type { ProviderDeps } from '../provider'
import { OZON_SERVICE } from './errors'
import { ozonClientFor } from './job-client'
import { ozonKeyInfo } from './key-roles'

/**
 * /v1/roles proves the Client-Id and the key work, and says when the key expires (Ozon's keys last six months)
 * and which methods its roles open: an Ozon key is a bare UUID, so only Ozon can say this. An expired key is
 * refused here, before a cabinet stores it.
 */
export async function inspectOzonKey(deps: ProviderDeps, signal: AbortSignal): Promise<TokenInfo> {
  const client = await ozonClientFor(deps, signal)
  const info = ozonKeyInfo(await client.roles())
  if (info.expiresAt !== null && Date.parse(info.expiresAt) <= deps.now()) {
    throw new SferaError('auth_failed', 'Срок действия API-ключа Ozon истёк: создайте новый в личном кабинете Ozon (Настройки → Seller API)', {
      service: OZON_SERVICE,
      reason: 'key_expired' satisfies OzonErrorReason,
      expiredAt: info.expiresAt
    })
  }
  return info
}

/** A key that works but whose roles leave out methods the sync reads fails the check, naming those methods. */
export async function checkOzonConnection(deps: ProviderDeps, signal: AbortSignal): Promise<void> {
  const info = await inspectOzonKey(deps, signal)
  if (info.missingCategories.length > 0) {
    throw new SferaError('access_denied', `У API-ключа Ozon нет доступа к методам ${info.missingCategories.join(', ')}: выдайте ключу роли с ними`, {
      service: OZON_SERVICE,
      reason: 'missing_methods' satisfies OzonErrorReason,
      missing: info.missingCategories.join(',')
    })
  }
}
