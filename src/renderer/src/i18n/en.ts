import type { ru } from './ru'

/** Russian has plural forms English lacks; every other key must be translated, and no key may be extra. */
type RussianOnlyPlural = `${string}_few` | `${string}_many`

type Catalog<T> = {
  [K in keyof T as K extends RussianOnlyPlural ? never : K]: T[K] extends string ? string : Catalog<T[K]>
}

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
    stock: 'Stock',
    orders: 'Orders',
    counterparties: 'Counterparties',
    uploads: 'Uploads',
    integrations: 'Integrations',
    settings: 'Settings'
  },
  marketplace: {
    wildberries: 'Wildberries',
    ozon: 'Ozon',
    'yandex-market': 'Yandex Market',
    soon: '{{name}} — coming soon'
  },
  accounts: {
    filterLabel: 'Cabinet',
    all: 'All cabinets',
    demoBadge: 'DEMO',
    demoBadgeTitle: 'Demo cabinet: data from the built-in sandbox, not from your cabinet',
    demoOption: '{{name}} (DEMO)'
  },
  sync: {
    start: 'Sync',
    running: 'Syncing…',
    progressLabel: 'Sync progress',
    loaded_one: 'Loaded {{count, number}} product',
    loaded_other: 'Loaded {{count, number}} products',
    waiting: 'Waiting for the WB rate limit: {{seconds}} s',
    lastSynced: 'Last sync: {{time}}',
    neverSynced: 'Last sync: never',
    done_one: 'Sync finished: {{count, number}} product',
    done_other: 'Sync finished: {{count, number}} products',
    failed: 'Sync failed',
    cancelled: 'Sync stopped',
    interrupted: 'Sync was interrupted: the app closed while loading. Start it again.'
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
  products: {
    title: 'Products',
    searchLabel: 'Search products',
    searchPlaceholder: 'Search by title, seller article, barcode or WB article',
    loading: 'Loading products…',
    shownRange: 'Showing {{from, number}}–{{to, number}} of {{total, number}}',
    shownNone: 'Showing 0 of 0',
    noMatches: 'Nothing found for “{{query}}”',
    noMatchesHint: 'Check the spelling or search by article or barcode.',
    neverSynced: 'No products yet',
    neverSyncedHint: 'Press “Sync” to load your products from Wildberries.',
    firstSyncRunning: 'The first sync is running — products will appear here as they load.',
    emptyCabinet: 'The cabinet has no products',
    emptyCabinetHint: 'Wildberries returned no product cards for the selected cabinets.',
    columns: {
      photo: 'Photo',
      title: 'Title',
      vendorCode: 'Seller article',
      nmId: 'WB article',
      brand: 'Brand',
      subjectName: 'Subject',
      barcodes: 'Barcodes',
      accountName: 'Cabinet',
      updatedAt: 'Updated'
    },
    openProduct: 'Open the product card “{{title}}”',
    untitled: 'Untitled',
    pagination: 'Pages',
    pageOf: 'Page {{page, number}} of {{pages, number}}',
    firstPage: 'First page',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    lastPage: 'Last page'
  },
  productDetail: {
    loading: 'Loading the product card…',
    photos: 'Photos',
    noPhotos: 'The product has no photos',
    photoOf: 'Photo {{index}} of {{count}}',
    brand: 'Brand',
    subject: 'Subject',
    vendorCode: 'Seller article',
    nmId: 'WB article (nmID)',
    imtId: 'Card ID (imtID)',
    account: 'Cabinet',
    createdAt: 'Created',
    updatedAt: 'Updated',
    description: 'Description',
    noDescription: 'No description',
    characteristics: 'Characteristics',
    characteristic: 'Characteristic',
    value: 'Value',
    noCharacteristics: 'No characteristics',
    sizes: 'Sizes',
    techSize: 'Seller size',
    wbSize: 'WB size',
    barcodes: 'Barcodes',
    noSizes: 'No sizes',
    dimensions: 'Package dimensions',
    dimensionsValue: '{{length}} × {{width}} × {{height}} cm, {{weight}} kg',
    noDimensions: 'Dimensions are not set'
  },
  settings: {
    title: 'Settings',
    accounts: 'Cabinets',
    addAccount: 'Add a cabinet',
    noAccounts: 'No cabinets yet. Add one to load your products.',
    columns: { name: 'Name', marketplace: 'Marketplace', token: 'Token', actions: 'Actions' },
    tokenSet: '•••• {{last4}}',
    tokenNotSet: 'not set',
    tokenDemo: 'not needed',
    check: 'Check connection',
    checking: 'Checking…',
    checkOk: 'The connection to “{{name}}” works',
    checkFailed: '“{{name}}”: the connection does not work',
    edit: 'Edit',
    remove: 'Remove',
    addTitle: 'New cabinet',
    editTitle: 'Cabinet “{{name}}”',
    marketplaceLabel: 'Marketplace',
    nameLabel: 'Cabinet name',
    namePlaceholder: 'For example: Main shop',
    tokenLabel: 'API token',
    tokenReplaceLabel: 'New API token',
    tokenHint: 'Create a token in your WB seller account: Settings → API access, category “Content”. The token is stored encrypted on this computer and is never shown again.',
    tokenReplaceHint: 'Leave empty to keep the current token.',
    added: 'Cabinet “{{name}}” added. Press “Sync” to load its products.',
    updated: 'Cabinet “{{name}}” saved',
    removed: 'Cabinet “{{name}}” removed',
    removeTitle: 'Remove the cabinet “{{name}}”?',
    removeText: 'The cabinet is removed from SFERA together with its local data on this computer: products, sync history and the saved token. Nothing changes in your marketplace account.',
    removeConfirm: 'Remove cabinet',
    vault: 'Token storage',
    vaultProtection: {
      'os-keychain': 'Tokens are encrypted with the operating system key.',
      'key-file': 'Tokens are encrypted with a key file only your user account can read.',
      weak: 'Tokens are stored with the weaker protection you accepted.',
      none: 'Tokens are not being stored right now.'
    },
    vaultWarningTitle: 'Tokens cannot be stored safely',
    vaultReason: {
      encryption_unavailable: 'The operating system does not let the app encrypt data (the key store is unavailable). SFERA does not store tokens unencrypted, so a cabinet cannot be connected yet.',
      basic_text_backend: 'No password manager (such as GNOME Keyring or KWallet) was found, so tokens can only be protected in a simple way: anyone with access to your files could read them.'
    },
    vaultAdvice: 'Better: install and start a password manager, then restart SFERA. If that is not possible, accept the weaker protection.',
    acceptWeakVault: 'Accept weaker protection',
    weakVaultAccepted: 'Weaker token protection is on',
    language: 'Language',
    languageLabel: 'Interface language',
    languages: { ru: 'Русский', en: 'English' },
    about: 'About',
    version: 'Version {{version}}',
    dataDir: 'Data folder: {{dir}}'
  },
  validation: {
    required: 'Fill in this field',
    tooLong: 'At most {{max}} characters',
    invalid: 'Check this value',
    bearer_prefix: 'Paste the token without the word “Bearer”',
    not_a_jwt: 'This does not look like a WB API token: copy the whole token, without spaces or line breaks',
    expired: 'The token has expired: create a new one in your WB seller account (Settings → API access)'
  },
  placeholder: {
    soon: 'This section comes in one of the next versions',
    stock: 'Stock on Wildberries warehouses and your own, with a hint which items to replenish.',
    orders: 'Orders and sales of all cabinets in one table — with statuses, amounts and search.',
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
    access_denied: 'The token has no access to this Wildberries section. Create a token with the “Content” category (Settings → API access) and replace it in the cabinet settings.',
    rate_limited: 'Wildberries is limiting the request rate. Wait a minute and try again — the sync continues where it stopped.',
    network_unreachable: 'Wildberries cannot be reached. Data from the last sync is shown; try again when you are online.',
    timeout: 'Wildberries did not answer in time. Data from the last sync is shown; try again in a few minutes.',
    upstream_error: 'Wildberries had an error on its side; your settings are fine. Sync again later.',
    malformed_response: 'Wildberries sent an answer the app could not read. Try again later; if it keeps happening, update SFERA.',
    vault_unavailable: 'The token cannot be saved: secure storage is unavailable. Open Settings → Token storage and follow the hint.',
    sync_in_progress: 'This cabinet is already syncing. Wait until it finishes.',
    cancelled: 'The operation was cancelled. Start it again when you are ready.',
    internal: 'Internal app error. Try again; if that does not help, restart SFERA.'
  },
  errorVariants: {
    rateLimitedFor: 'Wildberries is limiting the request rate. Try again in {{seconds, number}} s — the sync continues where it stopped.',
    tokenMissing: 'The cabinet has no token. Paste an API token in the cabinet settings.',
    hostUnreachable: 'SFERA cannot be reached. Check that the app is running and reload the page.'
  }
}
