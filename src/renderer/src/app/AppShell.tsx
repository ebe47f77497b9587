import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../components/ErrorNotice'
import { OfflineBanner } from '../components/OfflineBanner'
import { Sidebar } from '../components/Sidebar'
import { TopBar } from '../components/TopBar'
import { useAccounts } from '../hooks/accounts'
import { OrdersScreen } from '../screens/orders/OrdersScreen'
import { PlaceholderScreen } from '../screens/placeholder/PlaceholderScreen'
import { ProductsScreen } from '../screens/products/ProductsScreen'
import { SalesScreen } from '../screens/sales/SalesScreen'
import { SettingsScreen } from '../screens/settings/SettingsScreen'
import { StocksScreen } from '../screens/stocks/StocksScreen'
import { SuppliesScreen } from '../screens/supplies/SuppliesScreen'
import { WelcomeScreen } from '../screens/welcome/WelcomeScreen'
import { isPlaceholderScreen, type Route } from './routes'
import { useRoute } from './useRoute'

/** Sidebar, top bar and the current screen. `data-app-state` tells end-to-end tests the first load is done. */
export function AppShell() {
  const { t } = useTranslation()
  const route = useRoute()
  const accounts = useAccounts()
  const hasAccounts = (accounts.data?.length ?? 0) > 0
  const appState = accounts.isPending ? 'loading' : accounts.isError ? 'error' : 'loaded'

  return (
    <div className="app" data-app-state={appState}>
      <Sidebar current={route.screen} />
      <div className="workspace">
        {hasAccounts && <TopBar />}
        {hasAccounts && <OfflineBanner />}
        <main className="content">
          {accounts.isPending ? (
            <p className="screen__loading">{t('app.loading')}</p>
          ) : accounts.isError ? (
            <ErrorNotice title={t('app.loadFailed')} error={accounts.error} onRetry={() => void accounts.refetch()} />
          ) : !hasAccounts && route.screen !== 'settings' ? (
            <WelcomeScreen />
          ) : (
            <CurrentScreen route={route} />
          )}
        </main>
      </div>
    </div>
  )
}

function CurrentScreen({ route }: { route: Route }) {
  if (route.screen === 'products') return <ProductsScreen />
  if (route.screen === 'stocks') return <StocksScreen />
  if (route.screen === 'orders') return <OrdersScreen section={route.section} />
  if (route.screen === 'sales') return <SalesScreen />
  if (route.screen === 'supplies') return <SuppliesScreen section={route.section} />
  if (route.screen === 'settings') return <SettingsScreen section={route.section} />
  if (isPlaceholderScreen(route.screen)) return <PlaceholderScreen screen={route.screen} />
  return null
}
