import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { StockWarehouse } from '../../../../shared/domain/stocks'
import { schemeName } from '../../lib/fulfilment-schemes'
import { warehouseGroups, warehouseOptionValue } from './warehouse-filter'

interface StockWarehouseSelectProps {
  warehouses: readonly StockWarehouse[]
  /** A warehouse's option value, or '' for every warehouse. */
  value: string
  onChange: (value: string) => void
}

/** Only one warehouse's stock: grouped by marketplace, the seller's own warehouses before the marketplace's. */
export function StockWarehouseSelect({ warehouses, value, onChange }: StockWarehouseSelectProps) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="filters__field">
      <label htmlFor={id}>{t('stocks.warehouse')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid="stocks-warehouse">
        <option value="">{t('stocks.allWarehouses')}</option>
        {warehouseGroups(warehouses).map((group) => (
          <optgroup
            key={`${group.marketplace}:${group.heldBy}`}
            label={t(`stocks.warehouseGroups.${group.heldBy}`, {
              marketplace: t(`marketplace.${group.marketplace}`),
              scheme: schemeName(group.marketplace, group.heldBy)
            })}
          >
            {group.warehouses.map((warehouse) => (
              <option key={warehouseOptionValue(warehouse)} value={warehouseOptionValue(warehouse)}>
                {warehouse.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
}
