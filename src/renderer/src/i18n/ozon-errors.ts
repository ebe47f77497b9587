import type { OzonErrorReason } from '../../../shared/domain/ozon-errors'

/**
 * What the seller is told when Ozon refuses a key or a method, by the reason main reports: what is wrong, then
 * what to do. A Record, so a reason added to the shared list without a text here does not compile.
 */
export const ozonErrorsRu: Record<OzonErrorReason, string> = {
  invalid_credentials:
    'Ozon не принял Client-Id и API-ключ: один из них неверен или они от разных магазинов. Скопируйте оба заново в личном кабинете Ozon → Настройки → Seller API и вставьте их сюда через «Изменить».',
  key_deactivated:
    'API-ключ Ozon отключён: его удалили, отозвали или у него кончился срок. Создайте новый в личном кабинете Ozon → Настройки → Seller API и вставьте его сюда через «Изменить».',
  key_expired:
    'Срок действия ключа Ozon истёк (ключи Ozon действуют 6 месяцев): создайте новый в личном кабинете Ozon → Настройки → Seller API и вставьте его сюда через «Изменить».',
  missing_role:
    'У API-ключа Ozon нет роли для метода {{method}}. Выдайте ключу нужную роль в личном кабинете Ozon → Настройки → Seller API (все методы чтения открывает роль «Admin read only») или создайте ключ с ней и вставьте его сюда.',
  missing_methods:
    'API-ключу Ozon не хватает доступа к методам {{methods}}: без них эти данные не загрузятся. Создайте в личном кабинете Ozon → Настройки → Seller API ключ с ролями, открывающими их (все методы чтения открывает роль «Admin read only»), и вставьте его сюда.',
  ip_restricted:
    'API-ключ Ozon работает только с разрешённых IP-адресов, а адреса этого компьютера среди них нет. Добавьте его в настройках ключа (личный кабинет Ozon → Настройки → Seller API) или снимите ограничение по IP.',
  offer_not_signed:
    'Ozon закрыл доступ к Seller API, пока не принята новая оферта. Войдите в личный кабинет Ozon, примите оферту и повторите синхронизацию.',
  premium_required:
    'Возвраты и отмены в аналитике Ozon доступны только с подпиской Premium Plus или Premium Pro. Выручка и заказанные товары за последние 3 месяца загружены; чтобы видеть остальное, подключите подписку в личном кабинете Ozon.'
}

export const ozonErrorsEn: Record<OzonErrorReason, string> = {
  invalid_credentials:
    'Ozon did not accept the Client-Id and API key: one of them is wrong, or they belong to different stores. Copy both again from your Ozon seller account → Settings → Seller API and paste them here with “Edit”.',
  key_deactivated:
    'The Ozon API key is switched off: it was deleted, revoked or has run out. Create a new one in your Ozon seller account → Settings → Seller API and paste it here with “Edit”.',
  key_expired:
    'The Ozon key has expired (Ozon keys last 6 months): create a new one in your Ozon seller account → Settings → Seller API and paste it here with “Edit”.',
  missing_role:
    'The Ozon API key has no role for the method {{method}}. Give the key that role in your Ozon seller account → Settings → Seller API (the “Admin read only” role opens every reading method), or create a key with it and paste it here.',
  missing_methods:
    'The Ozon API key has no access to the methods {{methods}}: that data will not load without them. Create a key whose roles open them in your Ozon seller account → Settings → Seller API (the “Admin read only” role opens every reading method) and paste it here.',
  ip_restricted:
    'The Ozon API key works only from allowed IP addresses, and this computer’s address is not one of them. Add it in the key’s settings (Ozon seller account → Settings → Seller API) or lift the IP restriction.',
  offer_not_signed:
    'Ozon has closed Seller API access until the new offer is accepted. Sign in to your Ozon seller account, accept the offer and sync again.',
  premium_required:
    'Returns and cancellations in Ozon analytics come only with a Premium Plus or Premium Pro subscription. Revenue and ordered units for the last 3 months are loaded; subscribe in your Ozon seller account to see the rest.'
}

/** The error codes whose general text (errors.*) speaks of Wildberries: an Ozon failure of these reads its own. */
export const ozonServiceCodes = ['auth_failed', 'access_denied', 'rate_limited', 'network_unreachable', 'timeout', 'upstream_error'] as const

export const ozonServiceErrorsRu = {
  auth_failed: 'Ozon не принял Client-Id и API-ключ. Проверьте оба в личном кабинете Ozon → Настройки → Seller API и вставьте их сюда через «Изменить».',
  access_denied: 'Ozon отказал в доступе к методу. Проверьте роли API-ключа в личном кабинете Ozon → Настройки → Seller API (все методы чтения открывает роль «Admin read only»).',
  rate_limited: 'Ozon временно ограничил частоту запросов. Подождите минуту и повторите — синхронизация продолжит с того же места.',
  network_unreachable: 'Нет связи с Ozon. Показаны данные последней синхронизации; повторите, когда сеть появится.',
  timeout: 'Ozon не ответил вовремя. Показаны данные последней синхронизации; повторите через несколько минут.',
  upstream_error: 'Ozon ответил ошибкой. Повторите позже; если ошибка не исчезнет — проверьте данные, которые отправляли.',
  rateLimitedFor: 'Ozon временно ограничил частоту запросов. Повторите через {{duration}} — синхронизация продолжит с того же места.',
  accessDeniedDetail: 'Ozon отказал в доступе: «{{detail}}». Проверьте роли API-ключа в личном кабинете Ozon → Настройки → Seller API.',
  upstreamDetail: 'Ozon ответил ошибкой: «{{detail}}». Проверьте данные и повторите; если ошибка не исчезнет — повторите позже.'
} satisfies Record<(typeof ozonServiceCodes)[number] | 'rateLimitedFor' | 'accessDeniedDetail' | 'upstreamDetail', string>

export const ozonServiceErrorsEn: Record<keyof typeof ozonServiceErrorsRu, string> = {
  auth_failed: 'Ozon did not accept the Client-Id and API key. Check both in your Ozon seller account → Settings → Seller API and paste them here with “Edit”.',
  access_denied: 'Ozon refused access to the method. Check the API key’s roles in your Ozon seller account → Settings → Seller API (the “Admin read only” role opens every reading method).',
  rate_limited: 'Ozon is limiting the request rate. Wait a minute and try again — the sync continues where it stopped.',
  network_unreachable: 'Ozon cannot be reached. Data from the last sync is shown; try again when you are online.',
  timeout: 'Ozon did not answer in time. Data from the last sync is shown; try again in a few minutes.',
  upstream_error: 'Ozon answered with an error. Try again later; if it keeps happening, check the data you sent.',
  rateLimitedFor: 'Ozon is limiting the request rate. Try again in {{duration}} — the sync continues where it stopped.',
  accessDeniedDetail: 'Ozon refused access: “{{detail}}”. Check the API key’s roles in your Ozon seller account → Settings → Seller API.',
  upstreamDetail: 'Ozon answered with an error: “{{detail}}”. Check the data and try again; if it keeps happening, try later.'
}
