import { productsRu } from '../screens/products/texts'
import { wildberriesProductRu } from '../screens/products/details/wildberries-texts'
import { ozonProductRu } from '../screens/products/details/ozon-texts'
import { stocksRu } from '../screens/stocks/texts'
import { ordersRu } from '../screens/orders/texts'
import { wildberriesOrderRu } from '../screens/orders/details/wildberries-texts'
import { ozonOrderRu } from '../screens/orders/details/ozon-texts'
import { salesRu } from '../screens/sales/texts'
import { suppliesRu } from '../screens/supplies/texts'
import { settingsRu } from '../screens/settings/texts'
import { ozonErrorsRu, ozonServiceErrorsRu } from './ozon-errors'
/** Russian texts: the default language and the source of every key (en.ts is checked against it). Each screen's own texts live in its folder (texts.ts) and a marketplace's with its section. */
export const ru = {
  app: {
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить данные программы',
    retry: 'Повторить',
    close: 'Закрыть',
    cancel: 'Отмена',
    save: 'Сохранить',
    saving: 'Сохранение…'
  },
  nav: {
    label: 'Разделы',
    products: 'Товары',
    stocks: 'Остатки',
    orders: 'Заказы',
    sales: 'Продажи',
    supplies: 'Поставки',
    counterparties: 'Контрагенты',
    uploads: 'Загрузки',
    integrations: 'Интеграции',
    settings: 'Настройки'
  },
  marketplace: {
    wildberries: 'Wildberries',
    ozon: 'Ozon',
    'yandex-market': 'Яндекс Маркет',
    soon: '{{name}} — скоро',
    filterLabel: 'Маркетплейс',
    all: 'Все маркетплейсы',
    column: 'Маркетплейс',
    /** The badge in table rows: short enough for a narrow column, the full name shows on hover. */
    short: { wildberries: 'WB', ozon: 'Ozon', 'yandex-market': 'ЯМ' }
  },
  sync: {
    start: 'Синхронизировать всё',
    running: 'Синхронизация…',
    menuLabel: 'Синхронизация по разделам',
    progressLabel: 'Ход синхронизации',
    loaded: 'Загружено записей: {{count, number}}',
    waiting: 'ожидание лимита WB: {{duration}}',
    lastSynced: 'Последняя синхронизация: {{time}}',
    neverSynced: 'Последняя синхронизация: ещё не было',
    byResource: 'Синхронизация по разделам',
    stop: 'Остановить',
    resourceRunning: 'записей: {{rows}}, запросов: {{requests}}',
    rateLimitedCount: 'отказов по лимиту: {{count, number}}',
    resourceNever: 'ещё не загружалось',
    resourceStart: 'Обновить',
    resourceStartLabel: 'Синхронизировать раздел «{{name}}»',
    resourceDone: 'записей: {{rows}} · {{time}}',
    runStatus: {
      succeeded: 'Готово',
      running: 'Идёт',
      failed: 'Ошибка',
      cancelled: 'Остановлено',
      interrupted: 'Прервано'
    },
    nothingStarted: 'Все кабинеты уже синхронизируются.',
    cabinetDone: 'Синхронизация завершена: «{{name}}»',
    cabinetPartial: 'Синхронизация прошла с ошибками: «{{name}}»',
    cabinetFailed: 'Синхронизация не удалась: «{{name}}»',
    cabinetCancelled: 'Синхронизация остановлена: «{{name}}»'
  },
  money: { paidInSaleCurrency: 'Оплачено покупателем в валюте продажи' },
  syncResources: {
    products: 'Товары',
    warehouses: 'Склады',
    fbs_stocks: 'Остатки FBS',
    wb_stocks: 'Остатки на складах WB',
    fbs_orders: 'Сборочные задания',
    fbs_supplies: 'Поставки FBS',
    orders: 'Заказы',
    sales: 'Продажи',
    fbw_supplies: 'Поставки FBW',
    stocks: 'Остатки',
    returns: 'Возвраты',
    analytics: 'Аналитика'
  },
  banners: {
    offline: 'Нет связи с маркетплейсом — вы работаете с данными на {{time}}',
    offlineNoData: 'Нет связи с маркетплейсом, а данных прошлых синхронизаций нет. Повторите синхронизацию, когда сеть появится.',
    demo: 'Демо-данные: это не ваш кабинет',
    demoMixed: 'Среди выбранных кабинетов есть демо-кабинет: его данные — не ваши'
  },
  welcome: {
    title: 'Добро пожаловать в SFERA',
    lead: 'Товары, остатки и заказы ваших кабинетов на маркетплейсах — в одном окне, даже без интернета.',
    connectTitle: 'Подключить кабинет Wildberries',
    connectText: 'Понадобится API-токен из личного кабинета WB: Настройки → Доступ к API.',
    demoTitle: 'Попробовать на демо-данных',
    demoText: 'Вымышленный магазин, чтобы посмотреть, как всё работает. Ваш кабинет не затрагивается.',
    demoStarting: 'Создаём демо-кабинет…'
  },
  table: {
    shownRange: 'Показано {{from, number}}–{{to, number}} из {{total, number}}',
    shownNone: 'Показано 0 из 0',
    pagination: 'Страницы',
    pageOf: 'Страница {{page, number}} из {{pages, number}}',
    firstPage: 'Первая страница',
    previousPage: 'Предыдущая страница',
    nextPage: 'Следующая страница',
    lastPage: 'Последняя страница'
  },
  data: {
    loading: 'Загружаем данные…',
    neverSynced: 'Данных пока нет',
    neverSyncedHint: 'Нажмите «Синхронизировать всё», чтобы загрузить данные из кабинетов.',
    firstSyncRunning: 'Идёт первая синхронизация — данные появятся здесь по мере загрузки.',
    noMatches: 'Ничего не найдено',
    noMatchesHint: 'Измените период, фильтры или строку поиска.'
  },
  filters: {
    any: 'все',
    chosen_one: '{{count, number}} выбран',
    chosen_few: '{{count, number}} выбрано',
    chosen_many: '{{count, number}} выбрано',
    chosen_other: '{{count, number}} выбрано',
    noOptions: 'Вариантов нет — синхронизируйте данные.',
    clear: 'Сбросить',
    period: 'Период',
    lastDays_one: '{{count}} день',
    lastDays_few: '{{count}} дня',
    lastDays_many: '{{count}} дней',
    lastDays_other: '{{count}} дня',
    allTime: 'Всё время',
    customPeriod: 'Свои даты',
    from: 'С',
    to: 'По'
  },
  statuses: {
    fbs: {
      new: 'Новое',
      confirm: 'На сборке',
      complete: 'В доставке',
      cancel: 'Отменено продавцом',
      cancel_carrier: 'Отменено перевозчиком',
      unknown: 'Неизвестно'
    },
    wb: {
      waiting: 'В работе',
      sorted: 'Отсортировано',
      sold: 'Получено покупателем',
      canceled: 'Отменено',
      canceled_by_client: 'Отказ при получении',
      declined_by_client: 'Отменено покупателем',
      defect: 'Брак',
      ready_for_pickup: 'В пункте выдачи',
      postponed_delivery: 'Доставка перенесена',
      accepted_by_carrier: 'Принято перевозчиком',
      sent_to_carrier: 'Отправлено перевозчику',
      canceled_by_carrier: 'Отменено перевозчиком',
      unknown: 'Неизвестно'
    },
    fbw: {
      notPlanned: 'Не запланировано',
      planned: 'Запланировано',
      unloadAllowed: 'Отгрузка разрешена',
      accepting: 'Идёт приёмка',
      accepted: 'Принято',
      unloadedAtGate: 'Отгружено на воротах',
      unknown: 'Статус {{id}}'
    }
  },
  placeholder: {
    soon: 'Раздел появится в одной из следующих версий',
    counterparties: 'Справочник поставщиков и покупателей с проверкой реквизитов по ЕГРЮЛ.',
    uploads: 'История выгрузок и загрузок файлов Excel и CSV с результатом по каждой строке.',
    integrations: 'Подключение Ozon, Яндекс Маркета, СМС-рассылок и облачных хранилищ.'
  },
  errors: {
    invalid_input: 'Данные заполнены неверно. Исправьте отмеченные поля и повторите.',
    forbidden_sender: 'Программа не приняла запрос из этого окна: сеанс устарел. Перезапустите SFERA или откройте её заново по ссылке из окна запуска.',
    unknown_call: 'Версии окна и программы не совпадают. Перезапустите SFERA; если не поможет — установите её заново.',
    not_found: 'Запись не найдена: возможно, она уже удалена. Обновите список и попробуйте снова.',
    auth_failed: 'Wildberries не принял токен: он неверный, отозван или истёк. Создайте новый токен в личном кабинете WB (Настройки → Доступ к API) и вставьте его в настройках кабинета.',
    access_denied: 'У токена нет доступа к нужному разделу Wildberries. Создайте токен с категориями «Контент», «Маркетплейс», «Статистика», «Аналитика» и «Поставки» (Настройки → Доступ к API) и замените его в настройках кабинета.',
    rate_limited: 'Wildberries временно ограничил частоту запросов. Подождите минуту и повторите — синхронизация продолжит с того же места.',
    network_unreachable: 'Нет связи с Wildberries. Показаны данные последней синхронизации; повторите, когда сеть появится.',
    timeout: 'Wildberries не ответил вовремя. Показаны данные последней синхронизации; повторите через несколько минут.',
    upstream_error: 'Wildberries ответил ошибкой. Повторите позже; если ошибка не исчезнет — проверьте данные, которые отправляли.',
    malformed_response: 'Сервис прислал ответ, который программа не смогла разобрать. Повторите позже; если ошибка не исчезнет — обновите SFERA.',
    vault_unavailable: 'Токен нельзя сохранить: защищённое хранилище недоступно. Откройте «Настройки» → «Хранение токенов» и следуйте подсказке.',
    sync_in_progress: 'Синхронизация этого кабинета уже идёт. Дождитесь её окончания.',
    cancelled: 'Операция отменена. Запустите её снова, когда будете готовы.',
    internal: 'Внутренняя ошибка программы. Повторите действие; если не поможет — перезапустите SFERA.'
  },
  ozonErrors: ozonErrorsRu,
  ozonServiceErrors: ozonServiceErrorsRu,
  errorVariants: {
    rateLimitedFor: 'Wildberries временно ограничил частоту запросов. Повторите через {{duration}} — синхронизация продолжит с того же места.',
    tokenMissing: 'Для кабинета не задан токен. Вставьте API-токен в настройках кабинета.',
    hostUnreachable: 'Нет связи с программой SFERA. Проверьте, что она запущена, и обновите страницу.',
    accessDeniedDetail: 'Wildberries отказал в доступе: «{{detail}}». Проверьте тип токена и его категории в настройках кабинета; для остатков на складах WB нужен персональный токен с категорией «Аналитика».',
    upstreamDetail: 'Wildberries ответил ошибкой: «{{detail}}». Проверьте данные и повторите; если ошибка не исчезнет — повторите позже.',
    malformedMethod: '{{service}} прислал ответ, который программа не смогла разобрать ({{method}}). Повторите позже; если ошибка не исчезнет — обновите SFERA.',
    malformedField: '{{service}} прислал ответ, который программа не смогла разобрать ({{method}}, поле {{field}}). Повторите позже; если ошибка не исчезнет — обновите SFERA.',
    invalidField: 'Неверное значение поля «{{field}}». Исправьте его и повторите.',
    invalidFieldDetail: 'Неверное значение поля «{{field}}»: {{detail}}',
    inputIssues: {
      mixed_warehouses: 'В одну поставку собираются задания только одного склада. Отметьте задания одного склада.',
      not_new: 'Часть заданий ({{count, number}}) уже не новые: обновите список и выберите задания снова.',
      in_other_supply: 'Часть заданий ({{count, number}}) уже в другой поставке: обновите список и выберите задания снова.',
      not_found: 'Часть заданий ({{count, number}}) не найдена в кабинете: синхронизируйте сборочные задания и выберите снова.'
    }
  },
  duration: {
    seconds: '{{seconds}} с',
    minutes: '{{minutes}} мин',
    hours: '{{hours}} ч',
    hoursMinutes: '{{hours}} ч {{minutes}} мин'
  },
  fields: {
    name: 'Название',
    token: 'Токен',
    orderIds: 'Сборочные задания',
    supplyId: 'Поставка',
    period: 'Период',
    search: 'Поиск',
    lowThreshold: 'Порог остатка',
    intervalMinutes: 'Интервал',
    warehouse: 'Склад',
    accountId: 'Кабинет'
  },
  ...productsRu,
  ...wildberriesProductRu,
  ...ozonProductRu,
  ...stocksRu,
  ...ordersRu,
  ...wildberriesOrderRu,
  ...ozonOrderRu,
  ...salesRu,
  ...suppliesRu,
  ...settingsRu
}
