/**
 * Word lists the catalog composes cards from. Subject names are WB-style (plural, as `subjectName` shows them);
 * title phrases are written to agree with each subject's noun, so composed titles read as real Russian.
 * Brands are invented. Subject and characteristic ids are plausible, not WB's real dictionary ids.
 */

export type Sizing = 'clothing' | 'shoes' | 'oneSize' | 'none'

type Range = readonly [min: number, max: number]

export interface ExtraCharacteristic {
  id: number
  name: string
  values: readonly (string | number)[]
}

export interface SubjectGroup {
  sizing: Sizing
  needKiz: boolean
  hasColor: boolean
  brands: readonly string[]
  /** Name of the material characteristic ("Состав" for textiles) and its values; empty when it does not apply. */
  material: { id: number; name: string; values: readonly string[] } | null
  extras: readonly ExtraCharacteristic[]
  dimensions: { lengthCm: Range; widthCm: Range; heightCm: Range; weightGrams: Range }
  sentences: readonly string[]
  /** The parent category orders and sales name in `category`. */
  category: string
  /** Catalogue prices before discounts, whole roubles. */
  priceRub: Range
  /** Customs code FBW supply goods show for labelled items; null where none is needed. */
  tnved: string | null
}

export interface Audience {
  /** The word in the title, agreeing with the noun: "женское", "мужская". */
  word: string
  /** The value of the "Пол" characteristic. */
  gender: string
}

export interface Subject {
  id: number
  name: string
  /** The title's head noun phrase. */
  noun: string
  /** Two Cyrillic letters: in vendor codes and on the photo tiles. */
  code: string
  group: SubjectGroup
  audiences: readonly Audience[]
  features: readonly string[]
}

export const characteristicIds = {
  color: 14177449,
  gender: 14177453,
  country: 14177451
} as const

const women = (word: string): Audience => ({ word, gender: 'Женский' })
const men = (word: string): Audience => ({ word, gender: 'Мужской' })
const unisex: Audience = { word: 'унисекс', gender: 'Унисекс' }

const clothing: SubjectGroup = {
  sizing: 'clothing',
  category: 'Одежда',
  priceRub: [990, 5990],
  tnved: '6204430000',
  needKiz: true,
  hasColor: true,
  brands: ['Северная Нить', 'Lanika', 'Верба', 'MIRRA Style', 'Ладога', 'Urban Fox', 'Сезон', 'Kalina Wear', 'Облака', 'Tvoy Razmer'],
  material: {
    id: 14177450,
    name: 'Состав',
    values: ['хлопок 100%', 'хлопок 95%, эластан 5%', 'вискоза 70%, полиэстер 30%', 'лен 100%', 'шерсть 30%, акрил 70%',
      'полиэстер 100%', 'хлопок 80%, полиэстер 20%']
  },
  extras: [{ id: 14177460, name: 'Сезон', values: ['круглогодичный', 'лето', 'демисезон', 'зима'] }],
  dimensions: { lengthCm: [30, 40], widthCm: [20, 30], heightCm: [2, 8], weightGrams: [200, 1200] },
  sentences: [
    'Мягкая ткань приятна к телу и сохраняет форму после стирки.',
    'Свободный крой не сковывает движений.',
    'Подходит для повседневной носки, офиса и прогулок.',
    'Изделие легко сочетается с базовыми вещами гардероба.',
    'Рекомендуем деликатную стирку при 30 °C.',
    'Размерная сетка соответствует российским размерам.',
    'Ровные плотные швы и качественная фурнитура.'
  ]
}

const shoes: SubjectGroup = {
  sizing: 'shoes',
  category: 'Обувь',
  priceRub: [2490, 8990],
  tnved: '6404190000',
  needKiz: true,
  hasColor: true,
  brands: ['Шаг Вперед', 'Runvest', 'Тропа', 'Nordic Step', 'Легкий Ход'],
  material: { id: 14177461, name: 'Материал верха', values: ['натуральная кожа', 'экокожа', 'текстиль', 'замша', 'сетка'] },
  extras: [{ id: 14177462, name: 'Материал подошвы', values: ['резина', 'ЭВА', 'ТЭП', 'полиуретан'] }],
  dimensions: { lengthCm: [30, 36], widthCm: [18, 24], heightCm: [11, 14], weightGrams: [700, 1600] },
  sentences: [
    'Анатомическая стелька снижает нагрузку на стопу.',
    'Подошва не скользит на мокром асфальте.',
    'Модель подходит для прогулок и спорта.',
    'Дышащий верх не дает ноге перегреваться.',
    'Размер соответствует длине стопы по таблице размеров.'
  ]
}

const accessories: SubjectGroup = {
  sizing: 'oneSize',
  category: 'Аксессуары',
  priceRub: [490, 2490],
  tnved: null,
  needKiz: false,
  hasColor: true,
  brands: ['Теплый Север', 'Woolla', 'Варежка', 'Nord Knit'],
  material: { id: 14177450, name: 'Состав', values: ['шерсть 50%, акрил 50%', 'акрил 100%', 'кашемир 30%, шерсть 70%', 'хлопок 100%'] },
  extras: [],
  dimensions: { lengthCm: [20, 30], widthCm: [15, 25], heightCm: [2, 6], weightGrams: [80, 300] },
  sentences: [
    'Плотная вязка хорошо держит тепло.',
    'Пряжа не колется и не линяет.',
    'Универсальный размер подходит большинству.',
    'Отличный вариант для подарка.'
  ]
}

const homeTextile: SubjectGroup = {
  sizing: 'none',
  category: 'Дом',
  priceRub: [790, 6990],
  tnved: '6302100000',
  needKiz: true,
  hasColor: true,
  brands: ['Уютный Дом', 'Лён и Ко', 'Domotex', 'Мягкий Мир', 'Sonnet Home', 'Теплый Дом'],
  material: { id: 14177463, name: 'Материал изделия', values: ['хлопок 100%', 'сатин', 'поплин', 'микрофибра', 'бамбуковое волокно', 'велсофт'] },
  extras: [],
  dimensions: { lengthCm: [25, 50], widthCm: [20, 40], heightCm: [5, 20], weightGrams: [500, 3000] },
  sentences: [
    'Ткань дышит и не электризуется.',
    'Цвет не тускнеет после многократных стирок.',
    'Поставляется в подарочной упаковке.',
    'Приятный на ощупь материал создает уют в доме.',
    'Стирать при температуре не выше 40 °C.'
  ]
}

const kitchen: SubjectGroup = {
  sizing: 'none',
  category: 'Дом',
  priceRub: [390, 4990],
  tnved: null,
  needKiz: false,
  hasColor: true,
  brands: ['КухняПро', 'Чугунок', 'Home Chef', 'Посуда Плюс', 'Ceramica Nova', 'Lumina Home'],
  material: { id: 14177463, name: 'Материал изделия', values: ['алюминий', 'чугун', 'керамика', 'нержавеющая сталь', 'стекло', 'пластик'] },
  extras: [],
  dimensions: { lengthCm: [10, 45], widthCm: [10, 30], heightCm: [5, 15], weightGrams: [200, 2500] },
  sentences: [
    'Подходит для ежедневного использования.',
    'Можно мыть в посудомоечной машине.',
    'Материал безопасен для контакта с пищевыми продуктами.',
    'Прочная конструкция прослужит долгие годы.',
    'Лаконичный дизайн впишется в любую кухню.'
  ]
}

const cosmetics: SubjectGroup = {
  sizing: 'none',
  category: 'Красота',
  priceRub: [290, 1990],
  tnved: '3304990000',
  needKiz: true,
  hasColor: false,
  brands: ['Травы Алтая', 'Белая Роса', 'Skinlab Moscow', 'Natura Nord', 'Чистый Источник', 'Beauty Fox', 'Мята и Мед'],
  material: null,
  extras: [
    { id: 14177470, name: 'Объем товара, мл', values: [15, 30, 50, 100, 150, 250, 400] },
    { id: 14177471, name: 'Назначение', values: ['увлажнение', 'питание', 'восстановление', 'очищение', 'защита'] }
  ],
  dimensions: { lengthCm: [4, 20], widthCm: [4, 10], heightCm: [8, 25], weightGrams: [40, 600] },
  sentences: [
    'Легкая текстура быстро впитывается и не оставляет липкости.',
    'Не содержит парабенов и силиконов.',
    'Подходит для ежедневного ухода.',
    'Дерматологически протестировано.',
    'Натуральные экстракты растений бережно ухаживают за кожей.'
  ]
}

const electronics: SubjectGroup = {
  sizing: 'none',
  category: 'Электроника',
  priceRub: [290, 3990],
  tnved: null,
  needKiz: false,
  hasColor: true,
  brands: ['ТехноЛиния', 'Volt Pro', 'Заряд', 'GadgetLab', 'Linkor', 'Сигнал'],
  material: { id: 14177463, name: 'Материал изделия', values: ['силикон', 'поликарбонат', 'TPU', 'алюминий', 'пластик', 'нейлоновая оплетка'] },
  extras: [{ id: 14177480, name: 'Гарантийный срок', values: ['6 месяцев', '1 год', '2 года'] }],
  dimensions: { lengthCm: [8, 20], widthCm: [6, 15], heightCm: [2, 6], weightGrams: [30, 400] },
  sentences: [
    'Совместим с большинством современных смартфонов.',
    'Защита от перегрева и короткого замыкания.',
    'Компактный размер удобно взять с собой.',
    'Прошел проверку на соответствие стандартам безопасности.',
    'В комплекте инструкция на русском языке.'
  ]
}

export const subjects: readonly Subject[] = [
  { id: 69, name: 'Платья', noun: 'Платье', code: 'ПЛ', group: clothing, audiences: [women('женское')],
    features: ['миди', 'макси', 'мини', 'с длинным рукавом', 'на запах', 'с поясом', 'трикотажное', 'летнее', 'вечернее', 'офисное'] },
  { id: 192, name: 'Футболки', noun: 'Футболка', code: 'ФТ', group: clothing,
    audiences: [women('женская'), men('мужская'), unisex],
    features: ['хлопковая', 'оверсайз', 'базовая', 'с принтом', 'спортивная', 'с круглым вырезом', 'удлиненная', 'однотонная'] },
  { id: 1724, name: 'Толстовки', noun: 'Толстовка', code: 'ТЛ', group: clothing, audiences: [women('женская'), men('мужская')],
    features: ['с капюшоном', 'на молнии', 'утепленная', 'оверсайз', 'флисовая', 'спортивная', 'укороченная'] },
  { id: 180, name: 'Джинсы', noun: 'Джинсы', code: 'ДЖ', group: clothing, audiences: [women('женские'), men('мужские')],
    features: ['прямые', 'широкие', 'скинни', 'с высокой посадкой', 'мом', 'классические', 'стрейч'] },
  { id: 11, name: 'Брюки', noun: 'Брюки', code: 'БР', group: clothing, audiences: [women('женские'), men('мужские')],
    features: ['классические', 'палаццо', 'карго', 'со стрелками', 'льняные', 'спортивные', 'прямые'] },
  { id: 41, name: 'Рубашки', noun: 'Рубашка', code: 'РБ', group: clothing, audiences: [women('женская'), men('мужская')],
    features: ['льняная', 'оверсайз', 'с длинным рукавом', 'классическая', 'в клетку', 'приталенная', 'хлопковая'] },
  { id: 159, name: 'Свитеры', noun: 'Свитер', code: 'СВ', group: clothing, audiences: [women('женский'), men('мужской')],
    features: ['вязаный', 'оверсайз', 'с горлом', 'шерстяной', 'теплый', 'с косами', 'базовый'] },
  { id: 2580, name: 'Пижамы', noun: 'Пижама', code: 'ПЖ', group: clothing, audiences: [women('женская'), men('мужская')],
    features: ['с брюками', 'с шортами', 'хлопковая', 'сатиновая', 'теплая', 'домашняя'] },
  { id: 104, name: 'Кроссовки', noun: 'Кроссовки', code: 'КС', group: shoes, audiences: [women('женские'), men('мужские')],
    features: ['для бега', 'на платформе', 'кожаные', 'летние', 'дышащие', 'повседневные', 'высокие'] },
  { id: 211, name: 'Шапки', noun: 'Шапка', code: 'ШП', group: accessories,
    audiences: [women('женская'), men('мужская'), unisex],
    features: ['вязаная', 'бини', 'с помпоном', 'зимняя', 'шерстяная', 'двойная'] },
  { id: 216, name: 'Шарфы', noun: 'Шарф', code: 'ШФ', group: accessories, audiences: [women('женский'), men('мужской')],
    features: ['вязаный', 'кашемировый', 'длинный', 'теплый', 'из шерсти', 'клетчатый'] },
  { id: 2047, name: 'Комплекты постельного белья', noun: 'Комплект постельного белья', code: 'КП', group: homeTextile,
    audiences: [], features: ['сатин', 'поплин', 'евро', '2-спальный', '1,5-спальный', 'семейный', 'страйп-сатин'] },
  { id: 1316, name: 'Полотенца', noun: 'Полотенце', code: 'ПЦ', group: homeTextile, audiences: [],
    features: ['банное', 'махровое', 'для лица', 'вафельное', '70х140', '50х90', 'хлопковое'] },
  { id: 3279, name: 'Пледы', noun: 'Плед', code: 'ПД', group: homeTextile, audiences: [],
    features: ['флисовый', 'велсофт', 'вязаный', '150х200', '200х220', 'мягкий', 'с кисточками'] },
  { id: 1341, name: 'Подушки', noun: 'Подушка', code: 'ПШ', group: homeTextile, audiences: [],
    features: ['для сна', 'ортопедическая', '50х70', '70х70', 'гипоаллергенная', 'бамбуковая', 'анатомическая'] },
  { id: 2416, name: 'Сковороды', noun: 'Сковорода', code: 'СК', group: kitchen, audiences: [],
    features: ['антипригарная', 'чугунная', '28 см', '24 см', 'с крышкой', 'гриль', 'для индукционной плиты'] },
  { id: 2428, name: 'Кружки', noun: 'Кружка', code: 'КЖ', group: kitchen, audiences: [],
    features: ['керамическая', 'с принтом', '300 мл', '400 мл', 'для чая', 'матовая', 'подарочная'] },
  { id: 5124, name: 'Контейнеры для хранения', noun: 'Контейнер для хранения', code: 'КН', group: kitchen, audiences: [],
    features: ['пластиковый', 'стеклянный', 'с крышкой', 'набор 3 шт', 'вакуумный', '1 л', 'для круп'] },
  { id: 2469, name: 'Свечи ароматические', noun: 'Свеча ароматическая', code: 'СЧ', group: kitchen, audiences: [],
    features: ['в стакане', 'соевая', 'лаванда', 'ваниль', 'с деревянным фитилем', 'большая'] },
  { id: 1410, name: 'Кремы', noun: 'Крем', code: 'КМ', group: cosmetics, audiences: [],
    features: ['для лица', 'для рук', 'увлажняющий', 'ночной', 'дневной', 'питательный', 'с гиалуроновой кислотой', 'SPF 30'] },
  { id: 1439, name: 'Шампуни', noun: 'Шампунь', code: 'ШМ', group: cosmetics, audiences: [],
    features: ['для всех типов волос', 'для окрашенных волос', 'против перхоти', 'бессульфатный', 'для объема', 'восстанавливающий'] },
  { id: 5076, name: 'Сыворотки для лица', noun: 'Сыворотка для лица', code: 'СЫ', group: cosmetics, audiences: [],
    features: ['с витамином С', 'с ниацинамидом', 'увлажняющая', 'осветляющая', 'с гиалуроновой кислотой', 'антивозрастная'] },
  { id: 1474, name: 'Помады', noun: 'Помада', code: 'ПМ', group: { ...cosmetics, hasColor: true }, audiences: [],
    features: ['матовая', 'стойкая', 'увлажняющая', 'жидкая', 'нюдовая', 'с блеском'] },
  { id: 2733, name: 'Чехлы для телефонов', noun: 'Чехол', code: 'ЧХ', group: electronics, audiences: [],
    features: ['для iPhone 15', 'для Samsung Galaxy A55', 'для Xiaomi Redmi Note 13', 'силиконовый', 'прозрачный', 'противоударный', 'книжка'] },
  { id: 2780, name: 'Кабели', noun: 'Кабель', code: 'КБ', group: electronics, audiences: [],
    features: ['USB Type-C', 'Lightning', '1 м', '2 м', 'для быстрой зарядки', 'в оплетке', 'магнитный'] },
  { id: 2743, name: 'Зарядные устройства', noun: 'Зарядное устройство', code: 'ЗУ', group: electronics, audiences: [],
    features: ['USB-C 20 Вт', '65 Вт GaN', 'для iPhone', 'быстрое', 'с двумя портами', 'беспроводное'] },
  { id: 2851, name: 'Наушники', noun: 'Наушники', code: 'НШ', group: electronics, audiences: [],
    features: ['беспроводные', 'TWS', 'с шумоподавлением', 'накладные', 'проводные', 'спортивные', 'с микрофоном'] },
  { id: 6173, name: 'Внешние аккумуляторы', noun: 'Внешний аккумулятор', code: 'ВА', group: electronics, audiences: [],
    features: ['10000 мАч', '20000 мАч', 'с быстрой зарядкой', 'компактный', 'магнитный', 'с дисплеем'] }
]

export const colors = [
  'черный', 'белый', 'бежевый', 'серый', 'синий', 'темно-синий', 'зеленый', 'хаки', 'бордовый', 'красный', 'розовый',
  'молочный', 'графит', 'голубой', 'лавандовый', 'горчичный'
] as const

export const countries = ['Россия', 'Китай', 'Турция', 'Узбекистан', 'Киргизия', 'Беларусь', 'Казахстан'] as const

/** Russian clothing sizes; each sized card offers a consecutive run of them. */
export const clothingSizes = ['42', '44', '46', '48', '50', '52', '54', '56'] as const
/** International letters sellers often put in techSize for the same Russian sizes. */
export const clothingLetters = ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', '4XL'] as const
export const shoeSizes = ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45'] as const

/** The seller's own labels ("ярлыки"); colours are from the spec's list. */
export const sellerTags = [
  { id: 592569, name: 'Популярный', color: 'D1CFD7' },
  { id: 592570, name: 'Новинка', color: 'DEF1DD' },
  { id: 592571, name: 'Распродажа', color: 'FEE0E0' },
  { id: 592572, name: 'Хит сезона', color: 'FFECC7' },
  { id: 592573, name: 'Подарок', color: 'ECDAFF' },
  { id: 592574, name: 'Премиум', color: 'E4EAFF' }
] as const
