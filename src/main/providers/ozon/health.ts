import { SferaError } from '../../../shared/domain/errors'
import type { ProviderDeps } from '../provider'
import { OZON_SERVICE } from './errors'
import { ozonClientFor } from './job-client'
import { ozonKeyInfo } from './key-roles'

/**
 * /v1/roles proves the Client-Id and the key work, and says when the key expires (Ozon's keys last six months)
 * and which methods its roles open. Cabinets are inspected only as they are entered, before any request, so this
 * check is where the key's expiry and missing roles are told.
 */
export async function checkOzonConnection(deps: ProviderDeps, signal: AbortSignal): Promise<void> {
  const client = await ozonClientFor(deps, signal)
  const info = ozonKeyInfo(await client.roles())
  if (info.expiresAt !== null && Date.parse(info.expiresAt) <= deps.now()) {
    throw new SferaError('auth_failed', 'Срок действия API-ключа Ozon истёк: создайте новый в личном кабинете Ozon (Настройки → Seller API)', {
      service: OZON_SERVICE,
      reason: 'key_expired',
      expiredAt: info.expiresAt
    })
  }
  if (info.missingCategories.length > 0) {
    throw new SferaError('access_denied', `У API-ключа Ozon нет доступа к методам ${info.missingCategories.join(', ')}: выдайте ключу роли с ними`, {
      service: OZON_SERVICE,
      reason: 'missing_methods',
      missing: info.missingCategories.join(',')
    })
  }
}
