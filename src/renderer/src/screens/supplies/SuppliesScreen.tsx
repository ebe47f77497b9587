import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../app/routes'
import { DemoBanner } from '../../components/DemoBanner'
import { Tabs } from '../../components/Tabs'
import { useAccountSelection } from '../../hooks/account-filter'
import { FbsSuppliesTab } from './FbsSuppliesTab'
import { FbwSuppliesTab } from './FbwSuppliesTab'

/** Поставки: FBS supplies of the seller's tasks (`#/supplies/fbs`) and supplies to WB warehouses (`#/supplies/fbw`). */
export function SuppliesScreen({ section }: { section: string | null }) {
  const { t } = useTranslation()
  const titleId = useId()
  const { selected } = useAccountSelection()
  const tab = section === 'fbw' ? 'fbw' : 'fbs'
  return (
    <section className="screen" aria-labelledby={titleId}>
      <DemoBanner accounts={selected} />
      <div className="toolbar">
        <h1 id={titleId} className="screen__title">
          {t('supplies.title')}
        </h1>
        <Tabs
          label={t('supplies.tabsLabel')}
          current={tab}
          tabs={[
            { key: 'fbs', label: t('supplies.tabFbs'), href: routeHref('supplies', 'fbs'), testId: 'supplies-tab-fbs' },
            { key: 'fbw', label: t('supplies.tabFbw'), href: routeHref('supplies', 'fbw'), testId: 'supplies-tab-fbw' }
          ]}
        />
      </div>
      {tab === 'fbs' ? <FbsSuppliesTab /> : <FbwSuppliesTab />}
    </section>
  )
}
