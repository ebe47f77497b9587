import type { TFunction } from 'i18next'
import type { SyncResource } from '../../../shared/domain/marketplace'

/** A provider's resource by its catalogue name («Товары», «Остатки FBS»); a name not in the catalogue yet as it is. */
export function resourceName(t: TFunction, resource: SyncResource): string {
  return t(`syncResources.${resource}`, { defaultValue: resource })
}
