import { SferaError } from '../../../shared/domain/errors'
import type { AccountField } from '../../../shared/domain/marketplace'

/**
 * Header Client-Id (not secret, it names the seller) and header Api-Key (secret, shown once at creation). Keys are
 * camelCase: the contract takes a field key of letters and digits, and a vault reference has no underscore.
 */
export const ozonAccountFields: readonly AccountField[] = [
  { key: 'clientId', secret: false, maxLength: 20 },
  { key: 'apiKey', secret: true, maxLength: 64 }
]

/** The seller's id in Ozon's cabinet (Settings → Seller API): digits only. */
const clientIdPattern = /^\d{1,20}$/
/** Ozon issues API keys as UUIDs: 36 characters, hex digits in groups of 8-4-4-4-12. */
const apiKeyPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Refuses a Client-Id or an Api-Key that cannot be one before anything is stored, naming the field. The two are
 * shown side by side in Ozon's cabinet, so a pair entered the wrong way round is told as such. Neither says
 * anything of itself (expiry and roles come from /v1/roles), so there is no TokenInfo to return.
 */
export function inspectOzonFields(fields: Readonly<Record<string, string>>): null {
  const clientId = fields.clientId ?? ''
  const apiKey = fields.apiKey ?? ''
  if (apiKeyPattern.test(clientId) && clientIdPattern.test(apiKey)) {
    throw new SferaError('invalid_input', 'Похоже, Client-Id и API-ключ перепутаны местами', { field: 'clientId', issue: 'swapped' })
  }
  if (!clientIdPattern.test(clientId)) {
    throw new SferaError('invalid_input', 'Client-Id Ozon состоит только из цифр: скопируйте его из раздела «Настройки → Seller API»', {
      field: 'clientId',
      issue: 'not_digits'
    })
  }
  if (!apiKeyPattern.test(apiKey)) {
    throw new SferaError('invalid_input', 'Это не похоже на API-ключ Ozon: скопируйте ключ целиком, он выглядит как xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', {
      field: 'apiKey',
      issue: 'not_an_api_key'
    })
  }
  return null
}
