import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../app/routes'
import { DemoBanner } from '../../components/DemoBanner'
import { Tabs } from '../../components/Tabs'
import { useAccountSelection } from '../../hooks/account-filter'
import { AllOrdersTab } from './AllOrdersTab'
import { FbsOrdersTab } from './FbsOrdersTab'
import { PackagingTab } from './PackagingTab'

/**
 * Заказы: FBS assembly tasks (`#/orders/fbs`, the default), shipments packed one by one (`#/orders/packaging`) and
 * every order from the statistics feed (`#/orders/all`).
 */
export function OrdersScreen({ section }: { section: string | null }) {
  const { t } = useTranslation()
  const titleId = useId()
  const { selected } = useAccountSelection()
  const tab = section === 'all' || section === 'packaging' ? section : 'fbs'
  return (
    <section className="screen" aria-labelledby={titleId}>
      <DemoBanner accounts={selected} />
      <div className="toolbar">
        <h1 id={titleId} className="screen__title">
          {t('orders.title')}
        </h1>
        <Tabs
          label={t('orders.tabsLabel')}
          current={tab}
          tabs={[
            { key: 'fbs', label: t('orders.tabFbs'), href: routeHref('orders', 'fbs'), testId: 'orders-tab-fbs' },
            { key: 'packaging', label: t('orders.tabPackaging'), href: routeHref('orders', 'packaging'), testId: 'orders-tab-packaging' },
            { key: 'all', label: t('orders.tabAll'), href: routeHref('orders', 'all'), testId: 'orders-tab-all' }
          ]}
        />
      </div>
      {tab === 'fbs' ? <FbsOrdersTab /> : tab === 'packaging' ? <PackagingTab /> : <AllOrdersTab />}
    </section>
  )
}
