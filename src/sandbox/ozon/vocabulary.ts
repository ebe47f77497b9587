/**
 * Word lists the Ozon world is composed from. Product types carry a description category and a type id shaped
 * like Ozon's (`description_category_id` ~ 17 million, `type_id` ~ 90 thousand), not Ozon's real dictionary ids;
 * brands are invented. Colour names are lowercase, as Ozon's colour dictionary writes them.
 */

type Range = readonly [min: number, max: number]

export interface ProductType {
  descriptionCategoryId: number
  typeId: number
  /** Latin letters in the seller's article, e.g. `TSH-00012`. */
  code: string
  /** The head of the title. */
  noun: string
  /** Words that follow the noun and agree with it. */
  features: readonly string[]
  /** Gender words agreeing with the noun; empty for goods without one. */
  audiences: readonly string[]
  /** A size run: each size is a product of its own under one model. Empty: one product per model. */
  sizes: readonly string[]
  brands: readonly string[]
  /** Price before discounts, whole roubles. */
  priceRub: Range
  weightGrams: Range
  /** VAT as the API writes it: `0.22` since 2026, `0.1` for children's goods. */
  vat: string
  hasColor: boolean
  /** Initials on the photo tiles. */
  initials: string
}

const clothingSizes = ['42', '44', '46', '48', '50', '52'] as const
const letterSizes = ['XS', 'S', 'M', 'L', 'XL', 'XXL'] as const
const shoeSizes = ['36', '37', '38', '39', '40', '41', '42', '43', '44'] as const

export const productTypes: readonly ProductType[] = [
  {
    descriptionCategoryId: 17028922, typeId: 93244, code: 'TSH', noun: 'Футболка', initials: 'ФБ',
    features: ['хлопковая', 'оверсайз', 'базовая', 'с принтом', 'приталенная', 'удлиненная'],
    audiences: ['женская', 'мужская'], sizes: clothingSizes, brands: ['Северный ветер', 'UrbanLine', 'Лён и Хлопок'],
    priceRub: [690, 2490], weightGrams: [150, 260], vat: '0.22', hasColor: true
  },
  {
    descriptionCategoryId: 17028922, typeId: 93216, code: 'HOO', noun: 'Худи', initials: 'ХД',
    features: ['с капюшоном', 'утепленное', 'оверсайз', 'на молнии', 'с начесом'],
    audiences: ['женское', 'мужское'], sizes: letterSizes, brands: ['Северный ветер', 'UrbanLine', 'Кедр'],
    priceRub: [1990, 5490], weightGrams: [450, 800], vat: '0.22', hasColor: true
  },
  {
    descriptionCategoryId: 17028934, typeId: 94210, code: 'SNK', noun: 'Кроссовки', initials: 'КР',
    features: ['беговые', 'дышащие', 'на толстой подошве', 'кожаные', 'легкие'],
    audiences: ['женские', 'мужские'], sizes: shoeSizes, brands: ['Кедр', 'RunFast', 'UrbanLine'],
    priceRub: [2490, 8990], weightGrams: [600, 1100], vat: '0.22', hasColor: true
  },
  {
    descriptionCategoryId: 17027495, typeId: 92145, code: 'PLD', noun: 'Плед', initials: 'ПЛ',
    features: ['флисовый', 'вязаный', 'двусторонний', 'мягкий', '150x200 см', '200x220 см'],
    audiences: [], sizes: [], brands: ['Домашний уют', 'Сонный кот', 'Лён и Хлопок'],
    priceRub: [990, 3990], weightGrams: [700, 1800], vat: '0.22', hasColor: true
  },
  {
    descriptionCategoryId: 17027487, typeId: 92617, code: 'PAN', noun: 'Сковорода', initials: 'СК',
    features: ['с антипригарным покрытием', 'чугунная', '24 см', '28 см', 'с крышкой', 'для индукционных плит'],
    audiences: [], sizes: [], brands: ['Домашний уют', 'Шеф Про', 'Кедр'],
    priceRub: [1290, 4990], weightGrams: [900, 2600], vat: '0.22', hasColor: false
  },
  {
    descriptionCategoryId: 17028721, typeId: 92840, code: 'MUG', noun: 'Кружка', initials: 'КЖ',
    features: ['керамическая', '350 мл', 'с ложкой', 'подарочная', 'термо'],
    audiences: [], sizes: [], brands: ['Домашний уют', 'Шеф Про'],
    priceRub: [390, 1290], weightGrams: [280, 450], vat: '0.22', hasColor: true
  },
  {
    descriptionCategoryId: 15621048, typeId: 95210, code: 'EAR', noun: 'Наушники беспроводные', initials: 'НШ',
    features: ['с шумоподавлением', 'Bluetooth 5.3', 'внутриканальные', 'с микрофоном', 'спортивные'],
    audiences: [], sizes: [], brands: ['TechnoPro', 'Звук+', 'VoltLine'],
    priceRub: [1490, 9990], weightGrams: [90, 260], vat: '0.22', hasColor: true
  },
  {
    descriptionCategoryId: 15621048, typeId: 95322, code: 'CBL', noun: 'Кабель USB Type-C', initials: 'КБ',
    features: ['1 м', '2 м', 'быстрая зарядка 60 Вт', 'в оплетке', 'магнитный'],
    audiences: [], sizes: [], brands: ['TechnoPro', 'VoltLine'],
    priceRub: [290, 1190], weightGrams: [40, 120], vat: '0.22', hasColor: true
  },
  {
    descriptionCategoryId: 17028650, typeId: 93600, code: 'CRM', noun: 'Крем для лица', initials: 'КЛ',
    features: ['увлажняющий', 'ночной', 'с гиалуроновой кислотой', 'SPF 30', '50 мл'],
    audiences: [], sizes: [], brands: ['Белая Лилия', 'Natura Siberica Lab', 'Чистая кожа'],
    priceRub: [450, 2490], weightGrams: [80, 160], vat: '0.22', hasColor: false
  },
  {
    descriptionCategoryId: 17028973, typeId: 970895, code: 'LEG', noun: 'Конструктор', initials: 'КН',
    features: ['для мальчиков', 'для девочек', '500 деталей', 'развивающий', 'магнитный'],
    audiences: [], sizes: [], brands: ['Мишка Топтыжка', 'УмныйКубик'],
    priceRub: [790, 5990], weightGrams: [300, 1500], vat: '0.1', hasColor: false
  },
  {
    descriptionCategoryId: 17028988, typeId: 96110, code: 'YOG', noun: 'Коврик для йоги', initials: 'КЙ',
    features: ['нескользящий', '6 мм', '183x61 см', 'с ремнем', 'из TPE'],
    audiences: [], sizes: [], brands: ['FitLab', 'Кедр'],
    priceRub: [890, 3490], weightGrams: [600, 1400], vat: '0.22', hasColor: true
  },
  {
    descriptionCategoryId: 17028741, typeId: 97021, code: 'CAR', noun: 'Держатель для телефона', initials: 'ДТ',
    features: ['автомобильный', 'магнитный', 'на дефлектор', 'с беспроводной зарядкой'],
    audiences: [], sizes: [], brands: ['VoltLine', 'ДорогаДомой'],
    priceRub: [390, 2490], weightGrams: [90, 300], vat: '0.22', hasColor: false
  },
  {
    descriptionCategoryId: 17028760, typeId: 96811, code: 'NTB', noun: 'Ежедневник', initials: 'ЕЖ',
    features: ['недатированный', 'А5', 'в твердой обложке', '160 листов'],
    audiences: [], sizes: [], brands: ['Бумажный мир', 'Лист и Перо'],
    priceRub: [350, 1490], weightGrams: [250, 500], vat: '0.22', hasColor: true
  },
  {
    descriptionCategoryId: 17028707, typeId: 97530, code: 'PET', noun: 'Лежанка для кошек', initials: 'ЛЖ',
    features: ['круглая', 'с бортиками', 'мягкая', 'моющаяся', '50 см'],
    audiences: [], sizes: [], brands: ['Zoomir', 'Пушистый друг'],
    priceRub: [690, 2990], weightGrams: [400, 1200], vat: '0.22', hasColor: true
  }
]

export const colors: readonly string[] = [
  'черный', 'белый', 'серый', 'бежевый', 'синий', 'темно-синий', 'зеленый', 'красный', 'розовый', 'хаки', 'бордовый', 'голубой'
]

export interface ItemErrorTemplate {
  code: string
  field: string
  attributeId: number
  attributeName: string
  level: 'ERROR_LEVEL_ERROR' | 'ERROR_LEVEL_WARNING'
  message: string
  description: string
  shortDescription: string
}

/** Moderation and validation findings `/v3/product/info/list` reports inside `items[].errors` of a 200. */
export const itemErrors: readonly ItemErrorTemplate[] = [
  {
    code: 'error_attribute_values_empty', field: 'attribute', attributeId: 9048, attributeName: 'Название модели (для объединения в одну карточку)',
    level: 'ERROR_LEVEL_ERROR', message: 'Заполните обязательную характеристику', description: 'Характеристика обязательна для этой категории',
    shortDescription: 'Не заполнена характеристика'
  },
  {
    code: 'image_too_small', field: 'images', attributeId: 0, attributeName: '',
    level: 'ERROR_LEVEL_ERROR', message: 'Изображение меньше 200x200 пикселей', description: 'Загрузите изображение не меньше 200x200 пикселей',
    shortDescription: 'Маленькое изображение'
  },
  {
    code: 'barcode_not_unique', field: 'barcode', attributeId: 0, attributeName: '',
    level: 'ERROR_LEVEL_ERROR', message: 'Штрихкод уже используется в другом товаре', description: 'Укажите уникальный штрихкод',
    shortDescription: 'Штрихкод не уникален'
  },
  {
    code: 'attribute_value_recommended', field: 'attribute', attributeId: 4191, attributeName: 'Аннотация',
    level: 'ERROR_LEVEL_WARNING', message: 'Добавьте описание товара', description: 'Товары с описанием продаются лучше',
    shortDescription: 'Нет описания'
  },
  {
    code: 'image_background_not_white', field: 'images', attributeId: 0, attributeName: '',
    level: 'ERROR_LEVEL_WARNING', message: 'Рекомендуем белый или светлый фон главного изображения', description: 'Фон главного изображения не белый',
    shortDescription: 'Фон изображения'
  }
]

export interface SellerWarehouseSeed {
  name: string
  city: string
  address: string
  latitude: number
  longitude: number
  utc: string
  isRfbs: boolean
}

/** FBS and rFBS warehouses a seller keeps, as `/v2/warehouse/list` names them. */
export const sellerWarehouseSeeds: readonly SellerWarehouseSeed[] = [
  { name: 'Склад Подольск FBS', city: 'Подольск', address: 'Россия, Московская область, Подольск, Домодедовское шоссе, 20', latitude: 55.4129, longitude: 37.5781, utc: 'UTC+03:00', isRfbs: false },
  { name: 'Склад Казань FBS', city: 'Казань', address: 'Россия, Республика Татарстан, Казань, улица Тэцевская, 4', latitude: 55.8507, longitude: 49.0938, utc: 'UTC+03:00', isRfbs: false },
  { name: 'Склад Екатеринбург FBS', city: 'Екатеринбург', address: 'Россия, Свердловская область, Екатеринбург, Сибирский тракт, 24', latitude: 56.8222, longitude: 60.6981, utc: 'UTC+05:00', isRfbs: false },
  { name: 'Магазин на Тверской rFBS', city: 'Москва', address: 'Россия, Москва, Тверская улица, 18', latitude: 55.7652, longitude: 37.6045, utc: 'UTC+03:00', isRfbs: true },
  { name: 'Склад Новосибирск rFBS', city: 'Новосибирск', address: 'Россия, Новосибирская область, Новосибирск, улица Станционная, 30', latitude: 55.0103, longitude: 82.8534, utc: 'UTC+07:00', isRfbs: true },
  { name: 'Склад Краснодар FBS', city: 'Краснодар', address: 'Россия, Краснодарский край, Краснодар, улица Уральская, 97', latitude: 45.0417, longitude: 39.0766, utc: 'UTC+03:00', isRfbs: false }
]

export interface FboWarehouseSeed {
  name: string
  cluster: string
}

/** Ozon's own fulfilment centres, named the way FBO postings' `analytics_data.warehouse_name` writes them. */
export const fboWarehouseSeeds: readonly FboWarehouseSeed[] = [
  { name: 'ХОРУГВИНО_РФЦ', cluster: 'Москва, МО и Дальние регионы' },
  { name: 'ПУШКИНО_1_РФЦ', cluster: 'Москва, МО и Дальние регионы' },
  { name: 'ГРИВНО_РФЦ', cluster: 'Москва, МО и Дальние регионы' },
  { name: 'САНКТ_ПЕТЕРБУРГ_РФЦ', cluster: 'Санкт-Петербург и СЗО' },
  { name: 'КАЗАНЬ_РФЦ_НОВЫЙ', cluster: 'Казань' },
  { name: 'ЕКАТЕРИНБУРГ_РФЦ_НОВЫЙ', cluster: 'Урал' },
  { name: 'НОВОСИБИРСК_РФЦ_НОВЫЙ', cluster: 'Сибирь' },
  { name: 'РОСТОВ_НА_ДОНУ_РФЦ', cluster: 'Ростов' },
  { name: 'САМАРА_РФЦ', cluster: 'Самара' }
]

export interface Destination {
  city: string
  region: string
  cluster: string
}

export const destinations: readonly Destination[] = [
  { city: 'Москва', region: 'Москва', cluster: 'Москва, МО и Дальние регионы' },
  { city: 'Химки', region: 'Московская область', cluster: 'Москва, МО и Дальние регионы' },
  { city: 'Санкт-Петербург', region: 'Санкт-Петербург', cluster: 'Санкт-Петербург и СЗО' },
  { city: 'Казань', region: 'Республика Татарстан', cluster: 'Казань' },
  { city: 'Екатеринбург', region: 'Свердловская область', cluster: 'Урал' },
  { city: 'Новосибирск', region: 'Новосибирская область', cluster: 'Сибирь' },
  { city: 'Ростов-на-Дону', region: 'Ростовская область', cluster: 'Ростов' },
  { city: 'Самара', region: 'Самарская область', cluster: 'Самара' },
  { city: 'Краснодар', region: 'Краснодарский край', cluster: 'Краснодар' },
  { city: 'Нижний Новгород', region: 'Нижегородская область', cluster: 'Нижний Новгород' },
  { city: 'Уфа', region: 'Республика Башкортостан', cluster: 'Уфа' },
  { city: 'Воронеж', region: 'Воронежская область', cluster: 'Воронеж' }
]

/**
 * `analytics_data.payment_type_group_name`: the English spec lists "by card online", "Ozon Bank card", …; a real
 * FBO posting recorded by a third party reads "Ozon Карта", so the API answers in Russian.
 */
export const paymentTypes: readonly string[] = [
  'Картой онлайн', 'Ozon Карта', 'Ozon Карта при получении', 'Система быстрых платежей', 'Ozon Рассрочка', 'SberPay'
]

export const deliveryTypes: readonly string[] = ['PVZ', 'Courier', 'PickPoint']

export interface CancelReason {
  id: number
  reason: string
  /** `cancellation_type` (seller, client, ozon, system, delivery) and `cancellation_initiator` (Seller, Client, …). */
  type: 'seller' | 'client' | 'ozon' | 'system' | 'delivery'
  initiator: 'Seller' | 'Client' | 'Ozon' | 'System' | 'Delivery'
  affectsRating: boolean
}

export const cancelReasons: readonly CancelReason[] = [
  { id: 352, reason: 'Покупатель отменил заказ', type: 'client', initiator: 'Client', affectsRating: false },
  { id: 401, reason: 'Покупатель передумал', type: 'client', initiator: 'Client', affectsRating: false },
  { id: 402, reason: 'Товар закончился у продавца', type: 'seller', initiator: 'Seller', affectsRating: true },
  { id: 358, reason: 'Отправление не передано в доставку вовремя', type: 'system', initiator: 'System', affectsRating: true },
  { id: 684, reason: 'Утеряно службой доставки', type: 'delivery', initiator: 'Delivery', affectsRating: false },
  { id: 505, reason: 'Отменено Ozon', type: 'ozon', initiator: 'Ozon', affectsRating: false }
]
