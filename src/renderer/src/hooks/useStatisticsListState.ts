import { useState } from 'react'
import { allMarketplaces, marketplacesOf, type MarketplaceChoice } from '../lib/marketplace-filter'
import { defaultPeriod, periodOf, type PeriodChoice } from '../lib/period'
import { usePageResetOn } from '../screens/products/usePageResetOn'
import { accountIdsOf, useAccountSelection } from './account-filter'
import { useOrderFilterOptions } from './orders'
import { useDebouncedValue } from './useDebouncedValue'
import type { ServerSort } from './useServerTable'

const pageSize = 50
const searchDebounceMs = 250

/**
 * What the lists of orders and sales (Все заказы, Продажи) share: cabinet, marketplace, period, warehouses, debounced
 * search, sort and a page that goes back to the first when any of them (or the screen's own `otherFilter`) changes.
 */
export function useStatisticsListState<Field extends string>(defaultSort: ServerSort<Field>, otherFilter: string) {
  const { filter, selected } = useAccountSelection()
  const accountIds = accountIdsOf(filter)
  const [marketplace, setMarketplace] = useState<MarketplaceChoice>(allMarketplaces)
  const [period, setPeriod] = useState<PeriodChoice>(defaultPeriod)
  const [warehouseNames, setWarehouseNames] = useState<string[]>([])
  const [searchText, setSearchText] = useState('')
  const search = useDebouncedValue(searchText.trim(), searchDebounceMs)
  const [sort, setSort] = useState(defaultSort)
  const periodInput = periodOf(period, Date.now())
  const [page, setPage] = usePageResetOn(
    [filter, marketplace, JSON.stringify(periodInput), otherFilter, warehouseNames.join('\t'), search, sort.field, sort.dir].join('\n')
  )
  const warehouseOptions = (useOrderFilterOptions({ accountIds }).data?.warehouseNames ?? []).map((name) => ({ value: name, label: name }))

  return {
    selected,
    marketplace,
    setMarketplace,
    period,
    setPeriod,
    warehouseNames,
    setWarehouseNames,
    warehouseOptions,
    searchText,
    setSearchText,
    sort,
    setSort,
    page,
    setPage,
    pageSize,
    /** The page query's input, less the screen's own filter. */
    query: {
      accountIds,
      marketplaces: marketplacesOf(marketplace),
      period: periodInput,
      warehouseNames: warehouseNames.length > 0 ? warehouseNames : undefined,
      search: search || undefined,
      sort,
      page,
      pageSize
    },
    /** Marketplace, period, warehouses or search narrow the list. */
    narrowed: Boolean(search || warehouseNames.length || period.kind !== 'all' || marketplace !== allMarketplaces)
  }
}
