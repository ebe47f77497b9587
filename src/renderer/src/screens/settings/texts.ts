import type { Catalog } from '../../i18n/catalog-type'

/** This screen's Russian texts; the app's catalogue (i18n/ru.ts) takes them in whole, and the English below key for key. */
export const settingsRu = {
  settings: {
    title: 'Настройки',
    accounts: 'Кабинеты',
    addAccount: 'Добавить кабинет',
    noAccounts: 'Кабинетов пока нет. Добавьте кабинет, чтобы загрузить товары, остатки и заказы.',
    columns: { name: 'Название', marketplace: 'Маркетплейс', token: 'Токен', actions: 'Действия' },
    tokenSet: '•••• {{last4}}',
    tokenNotSet: 'не задан',
    tokenDemo: 'не нужен',
    check: 'Проверить подключение',
    checking: 'Проверяем…',
    checkOk: 'Подключение к кабинету «{{name}}» работает',
    checkFailed: 'Кабинет «{{name}}»: подключение не работает',
    edit: 'Изменить',
    remove: 'Удалить',
    addTitle: 'Новый кабинет',
    editTitle: 'Кабинет «{{name}}»',
    marketplaceLabel: 'Маркетплейс',
    nameLabel: 'Название кабинета',
    namePlaceholder: 'Например: Основной магазин',
    secretReplaceHint: 'Оставьте поле пустым, чтобы сохранить текущее значение.',
    added: 'Кабинет «{{name}}» добавлен. Нажмите «Синхронизировать всё», чтобы загрузить данные.',
    updated: 'Кабинет «{{name}}» сохранён',
    removed: 'Кабинет «{{name}}» удалён',
    removeTitle: 'Удалить кабинет «{{name}}»?',
    removeText: 'Кабинет будет удалён из SFERA вместе с его локальными данными на этом компьютере: товарами, остатками, заказами, продажами, поставками, историей синхронизаций и сохранённым токеном. В личном кабинете маркетплейса ничего не изменится.',
    removeConfirm: 'Удалить кабинет',
    vault: 'Хранение токенов',
    vaultProtection: {
      'os-keychain': 'Токены зашифрованы ключом операционной системы.',
      'key-file': 'Токены зашифрованы ключом из файла, доступного только вашей учётной записи.',
      weak: 'Токены хранятся с упрощённой защитой, которую вы приняли.',
      none: 'Токены сейчас не сохраняются.'
    },
    vaultWarningTitle: 'Токены нельзя сохранить надёжно',
    vaultReason: {
      encryption_unavailable: 'Операционная система не даёт программе шифровать данные (хранилище ключей недоступно). Без шифрования SFERA не сохраняет токены, поэтому подключить кабинет пока нельзя.',
      basic_text_backend: 'В системе не найден менеджер паролей (например, GNOME Keyring или KWallet), поэтому токены можно защитить только простым способом: любой, у кого есть доступ к вашим файлам, сможет их прочитать.'
    },
    vaultAdvice: 'Лучше установить и запустить менеджер паролей, затем перезапустить SFERA. Если это невозможно, примите более слабую защиту.',
    acceptWeakVault: 'Принять более слабую защиту',
    weakVaultAccepted: 'Упрощённая защита токенов включена',
    language: 'Язык',
    languageLabel: 'Язык интерфейса',
    languages: { ru: 'Русский', en: 'English' },
    about: 'О программе',
    version: 'Версия {{version}}',
    dataDir: 'Данные хранятся в папке: {{dir}}'
  },
  accounts: {
    filterLabel: 'Кабинет',
    all: 'Все кабинеты',
    demoBadge: 'ДЕМО',
    demoBadgeTitle: 'Демо-кабинет: данные из встроенной песочницы, а не из вашего кабинета',
    demoOption: '{{name}} (ДЕМО)'
  },
  /** What each marketplace asks for to connect a cabinet: accountFields.<marketplace>.<field key>. */
  accountFields: {
    wildberries: {
      token: { label: 'API-токен', replaceLabel: 'Новый API-токен', hint: 'Создайте персональный токен в личном кабинете WB: Настройки → Доступ к API, категории «Контент», «Маркетплейс», «Статистика», «Аналитика» и «Поставки». Токен хранится зашифрованным на этом компьютере и больше не показывается.' }
    },
    ozon: {
      clientId: { label: 'Client ID', replaceLabel: 'Client ID', hint: 'Число из личного кабинета Ozon: Настройки → Seller API, рядом с ключом.' },
      apiKey: { label: 'API-ключ', replaceLabel: 'Новый API-ключ', hint: 'Создайте ключ в личном кабинете Ozon: Настройки → Seller API, роль «Администратор» или только чтение нужных разделов. Ключ действует полгода; он хранится зашифрованным на этом компьютере и больше не показывается.' }
    }
  },
  schedule: {
    title: 'Фоновая синхронизация',
    text: 'SFERA сама обновляет данные всех кабинетов, пока программа запущена.',
    label: 'Интервал',
    off: 'Выключена',
    intervals: { '15': '15 мин', '30': '30 мин', '60': '1 ч', '180': '3 ч', '360': '6 ч', '1440': '24 ч' },
    minutes: '{{count, number}} мин',
    nextRun: 'Следующий запуск: {{time}}',
    nextRunUnknown: 'Следующий запуск ещё не назначен',
    saved: 'Фоновая синхронизация включена, интервал: {{interval}}',
    turnedOff: 'Фоновая синхронизация выключена'
  },
  tokenInfo: {
    kindLabel: 'Тип токена',
    kinds: { personal: 'Персональный', service: 'Сервисный', basic: 'Базовый', test: 'Тестовый', unknown: 'Неизвестный' },
    expiresLabel: 'Действует до',
    noExpiry: 'срок не указан',
    expiresAt: '{{date}}',
    expiresSoon_one: '{{date}} — остался {{count}} день',
    expiresSoon_few: '{{date}} — осталось {{count}} дня',
    expiresSoon_many: '{{date}} — осталось {{count}} дней',
    expiresSoon_other: '{{date}} — осталось {{count}} дня',
    expired: 'истёк {{date}}',
    categoriesLabel: 'Доступ к разделам',
    noCategories: 'токен этого не сообщает',
    categories: {
      content: 'Контент',
      analytics: 'Аналитика',
      prices: 'Цены и скидки',
      marketplace: 'Маркетплейс',
      statistics: 'Статистика',
      promotion: 'Продвижение',
      feedbacks: 'Вопросы и отзывы',
      buyerChat: 'Чат с покупателями',
      supplies: 'Поставки',
      returns: 'Возвраты покупателями',
      documents: 'Документы',
      finance: 'Финансы',
      users: 'Управление пользователями',
      readonly: 'Только чтение',
      recommendations: 'Рекомендации'
    },
    missingLabel: 'Без категорий {{names}} не загрузятся: {{what}}.',
    opens: {
      marketplace: 'склады, остатки FBS, сборочные задания и поставки FBS',
      statistics: 'заказы и продажи',
      analytics: 'остатки на складах WB',
      supplies: 'поставки FBW'
    },
    basicWarning: 'Базовый токен: лимиты WB для него намного ниже, а остатки на складах WB недоступны. Создайте персональный токен в личном кабинете WB (Настройки → Доступ к API) и вставьте его через «Изменить».',
    testWarning: 'Тестовый токен работает только с песочницей WB: данных вашего кабинета с ним не будет.',
    expiredAdvice: 'Токен больше не действует: создайте новый в личном кабинете WB (Настройки → Доступ к API) и вставьте его через «Изменить».',
    soonAdvice: 'Токен скоро перестанет действовать: заранее создайте новый в личном кабинете WB и вставьте его через «Изменить».'
  },
  validation: {
    required: 'Заполните это поле',
    tooLong: 'Не длиннее {{max}} символов',
    invalid: 'Проверьте значение',
    bearer_prefix: 'Вставьте токен без слова «Bearer»',
    not_a_jwt: 'Это не похоже на токен WB API: скопируйте токен целиком, без пробелов и переносов',
    expired: 'Срок действия токена истёк: создайте новый в личном кабинете WB (Настройки → Доступ к API)',
    missing_categories: 'У токена нет доступа к категориям {{names}}: создайте токен с ними в личном кабинете WB (Настройки → Доступ к API)',
    control_characters: 'В названии есть управляющие символы — уберите их и введите название заново',
    bidi_controls: 'В названии есть скрытые символы, меняющие направление текста, — сотрите название и наберите его заново',
    invalid_unicode: 'В названии есть повреждённый символ — сотрите название и наберите его заново',
    invisible: 'В названии нет видимых символов — наберите название буквами или цифрами',
    not_digits: 'Client ID в Ozon состоит только из цифр: скопируйте его из личного кабинета (Настройки → Seller API)',
    not_an_api_key: 'Это не похоже на API-ключ Ozon: скопируйте ключ целиком, без пробелов и переносов',
    swapped: 'Похоже, Client ID и API-ключ перепутаны местами: поменяйте их'
  }
}

export const settingsEn: Catalog<typeof settingsRu> = {
  settings: {
    title: 'Settings',
    accounts: 'Cabinets',
    addAccount: 'Add a cabinet',
    noAccounts: 'No cabinets yet. Add one to load your products, stock and orders.',
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
    secretReplaceHint: 'Leave empty to keep the current value.',
    added: 'Cabinet “{{name}}” added. Press “Sync everything” to load its data.',
    updated: 'Cabinet “{{name}}” saved',
    removed: 'Cabinet “{{name}}” removed',
    removeTitle: 'Remove the cabinet “{{name}}”?',
    removeText: 'The cabinet is removed from SFERA together with its local data on this computer: products, stock, orders, sales, supplies, sync history and the saved token. Nothing changes in your marketplace account.',
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
  accounts: {
    filterLabel: 'Cabinet',
    all: 'All cabinets',
    demoBadge: 'DEMO',
    demoBadgeTitle: 'Demo cabinet: data from the built-in sandbox, not from your cabinet',
    demoOption: '{{name}} (DEMO)'
  },
  /** What each marketplace asks for to connect a cabinet: accountFields.<marketplace>.<field key>. */
  accountFields: {
    wildberries: {
      token: { label: 'API token', replaceLabel: 'New API token', hint: 'Create a personal token in your WB seller account: Settings → API access, categories “Content”, “Marketplace”, “Statistics”, “Analytics” and “Supplies”. The token is stored encrypted on this computer and is never shown again.' }
    },
    ozon: {
      clientId: { label: 'Client ID', replaceLabel: 'Client ID', hint: 'The number in your Ozon seller account: Settings → Seller API, next to the key.' },
      apiKey: { label: 'API key', replaceLabel: 'New API key', hint: 'Create a key in your Ozon seller account: Settings → Seller API, role “Administrator” or read-only access to the sections needed. A key lives six months; it is stored encrypted on this computer and is never shown again.' }
    }
  },
  schedule: {
    title: 'Background sync',
    text: 'SFERA refreshes the data of every cabinet by itself while the app is running.',
    label: 'Interval',
    off: 'Off',
    intervals: { '15': '15 min', '30': '30 min', '60': '1 h', '180': '3 h', '360': '6 h', '1440': '24 h' },
    minutes: '{{count, number}} min',
    nextRun: 'Next run: {{time}}',
    nextRunUnknown: 'The next run is not scheduled yet',
    saved: 'Background sync is on, interval: {{interval}}',
    turnedOff: 'Background sync is off'
  },
  tokenInfo: {
    kindLabel: 'Token type',
    kinds: { personal: 'Personal', service: 'Service', basic: 'Basic', test: 'Test', unknown: 'Unknown' },
    expiresLabel: 'Valid until',
    noExpiry: 'no expiry given',
    expiresAt: '{{date}}',
    expiresSoon_one: '{{date}} — {{count}} day left',
    expiresSoon_other: '{{date}} — {{count}} days left',
    expired: 'expired {{date}}',
    categoriesLabel: 'Access to sections',
    noCategories: 'the token does not say',
    categories: {
      content: 'Content',
      analytics: 'Analytics',
      prices: 'Prices and discounts',
      marketplace: 'Marketplace',
      statistics: 'Statistics',
      promotion: 'Promotion',
      feedbacks: 'Questions and reviews',
      buyerChat: 'Buyer chat',
      supplies: 'Supplies',
      returns: 'Buyer returns',
      documents: 'Documents',
      finance: 'Finance',
      users: 'User management',
      readonly: 'Read only',
      recommendations: 'Recommendations'
    },
    missingLabel: 'Without the categories {{names}}, these do not load: {{what}}.',
    opens: {
      marketplace: 'warehouses, FBS stock, assembly tasks and FBS supplies',
      statistics: 'orders and sales',
      analytics: 'stock on WB warehouses',
      supplies: 'FBW supplies'
    },
    basicWarning: 'Basic token: WB gives it far lower rate limits, and stock on WB warehouses is not available with it. Create a personal token in your WB seller account (Settings → API access) and paste it via “Edit”.',
    testWarning: 'A test token works only with the WB sandbox: your cabinet data is not available with it.',
    expiredAdvice: 'The token no longer works: create a new one in your WB seller account (Settings → API access) and paste it via “Edit”.',
    soonAdvice: 'The token stops working soon: create a new one in your WB seller account in advance and paste it via “Edit”.'
  },
  validation: {
    required: 'Fill in this field',
    tooLong: 'At most {{max}} characters',
    invalid: 'Check this value',
    bearer_prefix: 'Paste the token without the word “Bearer”',
    not_a_jwt: 'This does not look like a WB API token: copy the whole token, without spaces or line breaks',
    expired: 'The token has expired: create a new one in your WB seller account (Settings → API access)',
    missing_categories: 'The token has no access to the categories {{names}}: create a token with them in your WB seller account (Settings → API access)',
    control_characters: 'The name contains control characters — remove them and type the name again',
    bidi_controls: 'The name contains hidden characters that change the text direction — clear the name and type it again',
    invalid_unicode: 'The name contains a broken character — clear the name and type it again',
    invisible: 'The name has no visible characters — type it in letters or digits',
    not_digits: 'An Ozon Client ID is digits only: copy it from your seller account (Settings → Seller API)',
    not_an_api_key: 'This does not look like an Ozon API key: copy the whole key, without spaces or line breaks',
    swapped: 'The Client ID and the API key look swapped: exchange them'
  }
}
