import { productsEn } from '../screens/products/texts'
import { wildberriesProductEn } from '../screens/products/details/wildberries-texts'
import { ozonProductEn } from '../screens/products/details/ozon-texts'
import { stocksEn } from '../screens/stocks/texts'
import { ordersEn } from '../screens/orders/texts'
import { wildberriesOrderEn } from '../screens/orders/details/wildberries-texts'
import { ozonOrderEn } from '../screens/orders/details/ozon-texts'
import { salesEn } from '../screens/sales/texts'
import { suppliesEn } from '../screens/supplies/texts'
import { settingsEn } from '../screens/settings/texts'
import { ozonErrorsEn, ozonServiceErrorsEn } from './ozon-errors'
import type { Catalog } from './catalog-type'
import type { ru } from './ru'

/** English texts, checked key by key against ru.ts; each screen's own texts live in its folder. */
export const en: Catalog<typeof ru> = {
  app: {
    loading: 'Loading…',
    loadFailed: 'Could not load the app data',
    retry: 'Retry',
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    saving: 'Saving…'
  },
  nav: {
    label: 'Sections',
    products: 'Products',
    stocks: 'Stock',
    orders: 'Orders',
    sales: 'Sales',
    supplies: 'Supplies',
    counterparties: 'Counterparties',
    uploads: 'Uploads',
    integrations: 'Integrations',
    settings: 'Settings'
  },
  marketplace: {
    wildberries: 'Wildberries',
    ozon: 'Ozon',
    'yandex-market': 'Yandex Market',
    soon: '{{name}} — coming soon',
    filterLabel: 'Marketplace',
    all: 'All marketplaces',
    column: 'Marketplace',
    short: { wildberries: 'WB', ozon: 'Ozon', 'yandex-market': 'YM' }
  },
  sync: {
    start: 'Sync everything',
    running: 'Syncing…',
    menuLabel: 'Sync by section',
    progressLabel: 'Sync progress',
    loaded: 'Records loaded: {{count, number}}',
    waiting: 'waiting for the WB rate limit: {{duration}}',
    lastSynced: 'Last sync: {{time}}',
    neverSynced: 'Last sync: never',
    byResource: 'Sync by section',
    stop: 'Stop',
    resourceRunning: 'records: {{rows}}, requests: {{requests}}',
    rateLimitedCount: 'rate-limit refusals: {{count, number}}',
    resourceNever: 'not loaded yet',
    resourceStart: 'Refresh',
    resourceStartLabel: 'Sync the section “{{name}}”',
    resourceDone: 'records: {{rows}} · {{time}}',
    runStatus: {
      succeeded: 'Done',
      running: 'Running',
      failed: 'Failed',
      cancelled: 'Stopped',
      interrupted: 'Interrupted'
    },
    nothingStarted: 'Every cabinet is already syncing.',
    cabinetDone: 'Sync finished: “{{name}}”',
    cabinetPartial: 'Sync finished with errors: “{{name}}”',
    cabinetFailed: 'Sync failed: “{{name}}”',
    cabinetCancelled: 'Sync stopped: “{{name}}”'
  },
  money: { paidInSaleCurrency: 'Paid by the buyer in the sale currency' },
  syncResources: {
    products: 'Products',
    warehouses: 'Warehouses',
    fbs_stocks: 'FBS stock',
    wb_stocks: 'Stock on WB warehouses',
    fbs_orders: 'Assembly tasks',
    fbs_supplies: 'FBS supplies',
    orders: 'Orders',
    sales: 'Sales',
    fbw_supplies: 'FBW supplies',
    stocks: 'Stock',
    returns: 'Returns',
    analytics: 'Analytics'
  },
  banners: {
    offline: 'The marketplace cannot be reached — you are working with data as of {{time}}',
    offlineNoData: 'The marketplace cannot be reached and there is no data from earlier syncs. Sync again once you are online.',
    demo: 'Demo data: this is not your cabinet',
    demoMixed: 'A demo cabinet is among the selected ones: its data is not yours'
  },
  welcome: {
    title: 'Welcome to SFERA',
    lead: 'Products, stock and orders of your marketplace cabinets in one window, even offline.',
    connectTitle: 'Connect a Wildberries cabinet',
    connectText: 'You will need an API token from your WB seller account: Settings → API access.',
    demoTitle: 'Try it with demo data',
    demoText: 'A made-up shop to see how everything works. Your cabinet is not touched.',
    demoStarting: 'Creating the demo cabinet…'
  },
  table: {
    shownRange: 'Showing {{from, number}}–{{to, number}} of {{total, number}}',
    shownNone: 'Showing 0 of 0',
    pagination: 'Pages',
    pageOf: 'Page {{page, number}} of {{pages, number}}',
    firstPage: 'First page',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    lastPage: 'Last page'
  },
  data: {
    loading: 'Loading data…',
    neverSynced: 'No data yet',
    neverSyncedHint: 'Press “Sync everything” to load the data of your cabinets.',
    firstSyncRunning: 'The first sync is running — data will appear here as it loads.',
    noMatches: 'Nothing found',
    noMatchesHint: 'Change the period, the filters or the search.'
  },
  filters: {
    any: 'all',
    chosen_one: '{{count, number}} chosen',
    chosen_other: '{{count, number}} chosen',
    noOptions: 'No options — sync your data first.',
    clear: 'Clear',
    period: 'Period',
    lastDays_one: '{{count}} day',
    lastDays_other: '{{count}} days',
    allTime: 'All time',
    customPeriod: 'Own dates',
    from: 'From',
    to: 'To'
  },
  statuses: {
    fbs: {
      new: 'New',
      confirm: 'Being assembled',
      complete: 'In delivery',
      cancel: 'Cancelled by seller',
      cancel_carrier: 'Cancelled by carrier',
      unknown: 'Unknown'
    },
    wb: {
      waiting: 'In progress',
      sorted: 'Sorted',
      sold: 'Received by buyer',
      canceled: 'Cancelled',
      canceled_by_client: 'Refused on receipt',
      declined_by_client: 'Cancelled by buyer',
      defect: 'Defect',
      ready_for_pickup: 'At pickup point',
      postponed_delivery: 'Delivery postponed',
      accepted_by_carrier: 'Accepted by carrier',
      sent_to_carrier: 'Sent to carrier',
      canceled_by_carrier: 'Cancelled by carrier',
      unknown: 'Unknown'
    },
    fbw: {
      notPlanned: 'Not planned',
      planned: 'Planned',
      unloadAllowed: 'Shipping allowed',
      accepting: 'Being accepted',
      accepted: 'Accepted',
      unloadedAtGate: 'Unloaded at the gate',
      unknown: 'Status {{id}}'
    }
  },
  placeholder: {
    soon: 'This section comes in one of the next versions',
    counterparties: 'Suppliers and buyers, with their details checked against the Russian company register.',
    uploads: 'History of Excel and CSV imports and exports with a result for every row.',
    integrations: 'Connect Ozon, Yandex Market, SMS services and cloud storage.'
  },
  errors: {
    invalid_input: 'Some data is filled in incorrectly. Fix the marked fields and try again.',
    forbidden_sender: 'The app refused a request from this window: the session is outdated. Restart SFERA or open it again from the launch window link.',
    unknown_call: 'The window and the app versions do not match. Restart SFERA; if that does not help, reinstall it.',
    not_found: 'The record was not found: it may have been removed. Refresh the list and try again.',
    auth_failed: 'Wildberries did not accept the token: it is wrong, revoked or expired. Create a new token in your WB seller account (Settings → API access) and paste it in the cabinet settings.',
    access_denied: 'The token has no access to this Wildberries section. Create a token with the categories “Content”, “Marketplace”, “Statistics”, “Analytics” and “Supplies” (Settings → API access) and replace it in the cabinet settings.',
    rate_limited: 'Wildberries is limiting the request rate. Wait a minute and try again — the sync continues where it stopped.',
    network_unreachable: 'Wildberries cannot be reached. Data from the last sync is shown; try again when you are online.',
    timeout: 'Wildberries did not answer in time. Data from the last sync is shown; try again in a few minutes.',
    upstream_error: 'Wildberries answered with an error. Try again later; if it keeps happening, check the data you sent.',
    malformed_response: 'The service sent an answer the app could not read. Try again later; if it keeps happening, update SFERA.',
    vault_unavailable: 'The token cannot be saved: secure storage is unavailable. Open Settings → Token storage and follow the hint.',
    sync_in_progress: 'This cabinet is already syncing. Wait until it finishes.',
    cancelled: 'The operation was cancelled. Start it again when you are ready.',
    internal: 'Internal app error. Try again; if that does not help, restart SFERA.'
  },
  ozonErrors: ozonErrorsEn,
  ozonServiceErrors: ozonServiceErrorsEn,
  errorVariants: {
    rateLimitedFor: 'Wildberries is limiting the request rate. Try again in {{duration}} — the sync continues where it stopped.',
    tokenMissing: 'The cabinet has no token. Paste an API token in the cabinet settings.',
    hostUnreachable: 'SFERA cannot be reached. Check that the app is running and reload the page.',
    accessDeniedDetail: 'Wildberries refused access: “{{detail}}”. Check the token type and categories in the cabinet settings; stock on WB warehouses needs a personal token with the “Analytics” category.',
    upstreamDetail: 'Wildberries answered with an error: “{{detail}}”. Check the data and try again; if it keeps happening, try later.',
    malformedMethod: '{{service}} sent an answer the app could not read ({{method}}). Try again later; if it keeps happening, update SFERA.',
    malformedField: '{{service}} sent an answer the app could not read ({{method}}, field {{field}}). Try again later; if it keeps happening, update SFERA.',
    invalidField: 'The field “{{field}}” has a wrong value. Fix it and try again.',
    invalidFieldDetail: 'The field “{{field}}” has a wrong value: {{detail}}',
    inputIssues: {
      mixed_warehouses: 'A supply takes tasks of one warehouse only. Tick tasks of one warehouse.',
      not_new: 'Some tasks ({{count, number}}) are no longer new: refresh the list and select again.',
      in_other_supply: 'Some tasks ({{count, number}}) are already in another supply: refresh the list and select again.',
      not_found: 'Some tasks ({{count, number}}) are not in the cabinet: sync the assembly tasks and select again.'
    }
  },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min',
    hours: '{{hours}} h',
    hoursMinutes: '{{hours}} h {{minutes}} min'
  },
  fields: {
    name: 'Name',
    token: 'Token',
    orderIds: 'Assembly tasks',
    supplyId: 'Supply',
    period: 'Period',
    search: 'Search',
    lowThreshold: 'Stock threshold',
    intervalMinutes: 'Interval',
    warehouse: 'Warehouse',
    accountId: 'Cabinet'
  },
  ...productsEn,
  ...wildberriesProductEn,
  ...ozonProductEn,
  ...stocksEn,
  ...ordersEn,
  ...wildberriesOrderEn,
  ...ozonOrderEn,
  ...salesEn,
  ...suppliesEn,
  ...settingsEn
}
