import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { marketplaces } from '../../../shared/domain/marketplace'
import { allMarketplaces, isMarketplaceChoice, type MarketplaceChoice } from '../lib/marketplace-filter'

interface MarketplaceFilterSelectProps {
  value: MarketplaceChoice
  onChange: (value: MarketplaceChoice) => void
  testId: string
}

/** A list screen's marketplace filter: all marketplaces, Wildberries, Ozon or Яндекс Маркет. */
export function MarketplaceFilterSelect({ value, onChange, testId }: MarketplaceFilterSelectProps) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="filters__field">
      <label htmlFor={id}>{t('marketplace.filterLabel')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          if (isMarketplaceChoice(event.target.value)) onChange(event.target.value)
        }}
        data-testid={testId}
      >
        <option value={allMarketplaces}>{t('marketplace.all')}</option>
        {marketplaces.map((marketplace) => (
          <option key={marketplace} value={marketplace}>
            {t(`marketplace.${marketplace}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
