/**
 * Where goods are: WB's own warehouses (FBW supplies, WB-warehouse stocks, the statistics feed's shipping
 * warehouse), WB offices a seller's FBS warehouse is bound to, and the regions buyers order from. Names, cities and
 * federal districts are real; ids are plausible (507 is Коледино in the specs' own examples).
 */

export interface WbWarehouse {
  id: number
  name: string
  address: string
  /** Short federal district name, as the WB-warehouse stocks report's `regionName` gives it. */
  region: string
  /** Relative share of FBW orders shipped from here. */
  weight: number
  /** Accepts supplies as a destination; transit-only sorting centres do not. */
  isActive: boolean
  isTransitActive: boolean
}

export const wbWarehouses: readonly WbWarehouse[] = [
  { id: 507, name: 'Коледино', address: 'Московская обл., г. Подольск, д. Коледино, ул. Троицкая, 20', region: 'Центральный', weight: 14, isActive: true, isTransitActive: true },
  { id: 117501, name: 'Подольск', address: 'Московская обл., г. Подольск, ул. Поливановская, 9', region: 'Центральный', weight: 9, isActive: true, isTransitActive: true },
  { id: 120762, name: 'Электросталь', address: 'Московская обл., г. Электросталь, ул. Индустриальная, 9', region: 'Центральный', weight: 9, isActive: true, isTransitActive: true },
  { id: 206236, name: 'Белые Столбы', address: 'Московская обл., г. Домодедово, мкр. Белые Столбы, владение Склады 104, стр. 1', region: 'Центральный', weight: 5, isActive: true, isTransitActive: false },
  { id: 210515, name: 'Чехов 2', address: 'Московская обл., г.о. Чехов, д. Новоселки, вл. 11, стр. 7', region: 'Центральный', weight: 4, isActive: true, isTransitActive: false },
  { id: 206348, name: 'Тула', address: 'Тульская обл., г. Тула, Иншинский пос., ул. Центральная, 6', region: 'Центральный', weight: 5, isActive: true, isTransitActive: true },
  { id: 301760, name: 'Рязань (Тюшевское)', address: 'Рязанская обл., Рязанский р-н, Тюшевское с/п, тер. Складской комплекс, 1', region: 'Центральный', weight: 3, isActive: true, isTransitActive: false },
  { id: 117986, name: 'Казань', address: 'Республика Татарстан, Зеленодольский р-н, пгт. Васильево, ул. Промышленная, 1', region: 'Приволжский', weight: 7, isActive: true, isTransitActive: true },
  { id: 1449484, name: 'Самара (Новосемейкино)', address: 'Самарская обл., Красноярский р-н, пгт. Новосемейкино, ул. Промышленная, 2', region: 'Приволжский', weight: 3, isActive: true, isTransitActive: false },
  { id: 130744, name: 'Краснодар (Тихорецкая)', address: 'Краснодарский край, г. Краснодар, ул. Тихорецкая, 40', region: 'Южный', weight: 7, isActive: true, isTransitActive: true },
  { id: 301983, name: 'Волгоград', address: 'Волгоградская обл., г. Волгоград, ул. Неждановой, 4', region: 'Южный', weight: 3, isActive: true, isTransitActive: false },
  { id: 208941, name: 'Невинномысск', address: 'Ставропольский край, г. Невинномысск, ул. Тимирязева, 16', region: 'Северо-Кавказский', weight: 5, isActive: true, isTransitActive: true },
  { id: 1733, name: 'Екатеринбург - Испытателей 14г', address: 'Свердловская обл., г. Екатеринбург, ул. Испытателей, 14г', region: 'Уральский', weight: 6, isActive: true, isTransitActive: true },
  { id: 686, name: 'Новосибирск', address: 'Новосибирская обл., г. Новосибирск, ул. Петухова, 71', region: 'Сибирский', weight: 5, isActive: true, isTransitActive: true },
  { id: 2737, name: 'Санкт-Петербург Уткина Заводь', address: 'Ленинградская обл., Всеволожский р-н, д. Новосаратовка, ул. Уткина Заводь, 4', region: 'Северо-Западный', weight: 7, isActive: true, isTransitActive: true },
  { id: 1193, name: 'Хабаровск', address: 'Хабаровский край, г. Хабаровск, ул. Ленинградская, 28', region: 'Дальневосточный', weight: 2, isActive: true, isTransitActive: false },
  { id: 300461, name: 'Гомель 2', address: 'Гомель, Могилёвская улица 1/А', region: 'Беларусь', weight: 0, isActive: false, isTransitActive: true }
]

/** Warehouses that hold and ship stock (not transit-only sorting centres). */
export const stockingWarehouses: readonly WbWarehouse[] = wbWarehouses.filter((warehouse) => warehouse.isActive)

export interface WbOffice {
  id: number
  name: string
  city: string
  address: string
  latitude: number
  longitude: number
  /** 1 small goods, 2 oversized (СГТ), 3 bulky (КГТ+). */
  cargoType: 1 | 2 | 3
  /** 1 FBS, 2 DBS, 3 DBW, 5 pick-up, 6 express DBS. */
  deliveryType: 1 | 2 | 3 | 5 | 6
  federalDistrict: string | null
}

export const wbOffices: readonly WbOffice[] = [
  { id: 15, name: 'Коледино', city: 'Москва', address: 'ул. Троицкая, Подольск, Московская обл.', latitude: 55.386871, longitude: 37.588898, cargoType: 1, deliveryType: 1, federalDistrict: 'Центральный' },
  { id: 3, name: 'Подольск', city: 'Подольск', address: 'ул. Поливановская, 9, Подольск, Московская обл.', latitude: 55.423717, longitude: 37.526371, cargoType: 1, deliveryType: 1, federalDistrict: 'Центральный' },
  { id: 26, name: 'Электросталь', city: 'Электросталь', address: 'ул. Индустриальная, 9, Электросталь, Московская обл.', latitude: 55.792366, longitude: 38.472101, cargoType: 1, deliveryType: 1, federalDistrict: 'Центральный' },
  { id: 206, name: 'Тула', city: 'Тула', address: 'ул. Центральная, 6, Иншинский, Тульская обл.', latitude: 54.144541, longitude: 37.563712, cargoType: 1, deliveryType: 1, federalDistrict: 'Центральный' },
  { id: 118, name: 'Казань', city: 'Казань', address: 'ул. Промышленная, 1, Васильево, Республика Татарстан', latitude: 55.824125, longitude: 48.657702, cargoType: 1, deliveryType: 1, federalDistrict: 'Приволжский' },
  { id: 302, name: 'Самара', city: 'Самара', address: 'ул. Промышленная, 2, Новосемейкино, Самарская обл.', latitude: 53.385613, longitude: 50.379742, cargoType: 2, deliveryType: 1, federalDistrict: 'Приволжский' },
  { id: 131, name: 'Краснодар', city: 'Краснодар', address: 'ул. Тихорецкая, 40, Краснодар', latitude: 45.044781, longitude: 39.029342, cargoType: 1, deliveryType: 1, federalDistrict: 'Южный' },
  { id: 208, name: 'Невинномысск', city: 'Невинномысск', address: 'ул. Тимирязева, 16, Невинномысск, Ставропольский край', latitude: 44.647513, longitude: 41.956392, cargoType: 1, deliveryType: 1, federalDistrict: 'Северо-Кавказский' },
  { id: 54, name: 'Екатеринбург', city: 'Екатеринбург', address: 'ул. Испытателей, 14г, Екатеринбург', latitude: 56.753126, longitude: 60.707012, cargoType: 1, deliveryType: 1, federalDistrict: 'Уральский' },
  { id: 66, name: 'Новосибирск', city: 'Новосибирск', address: 'ул. Петухова, 71, Новосибирск', latitude: 54.958214, longitude: 82.912744, cargoType: 3, deliveryType: 1, federalDistrict: 'Сибирский' },
  { id: 78, name: 'Санкт-Петербург', city: 'Санкт-Петербург', address: 'ул. Уткина Заводь, 4, Новосаратовка, Ленинградская обл.', latitude: 59.834512, longitude: 30.514785, cargoType: 1, deliveryType: 1, federalDistrict: 'Северо-Западный' },
  { id: 190, name: 'Минск', city: 'Минск', address: 'ул. Промышленная, 12, Минск', latitude: 53.893009, longitude: 27.567444, cargoType: 1, deliveryType: 2, federalDistrict: null }
]

export interface BuyerRegion {
  countryName: string
  oblastOkrugName: string
  regionName: string
  weight: number
}

export const buyerRegions: readonly BuyerRegion[] = [
  { countryName: 'Россия', oblastOkrugName: 'Центральный федеральный округ', regionName: 'Москва', weight: 16 },
  { countryName: 'Россия', oblastOkrugName: 'Центральный федеральный округ', regionName: 'Московская', weight: 12 },
  { countryName: 'Россия', oblastOkrugName: 'Центральный федеральный округ', regionName: 'Тульская', weight: 2 },
  { countryName: 'Россия', oblastOkrugName: 'Центральный федеральный округ', regionName: 'Воронежская', weight: 2 },
  { countryName: 'Россия', oblastOkrugName: 'Северо-Западный федеральный округ', regionName: 'Санкт-Петербург', weight: 7 },
  { countryName: 'Россия', oblastOkrugName: 'Северо-Западный федеральный округ', regionName: 'Ленинградская', weight: 2 },
  { countryName: 'Россия', oblastOkrugName: 'Приволжский федеральный округ', regionName: 'Республика Татарстан', weight: 4 },
  { countryName: 'Россия', oblastOkrugName: 'Приволжский федеральный округ', regionName: 'Нижегородская', weight: 3 },
  { countryName: 'Россия', oblastOkrugName: 'Приволжский федеральный округ', regionName: 'Самарская', weight: 3 },
  { countryName: 'Россия', oblastOkrugName: 'Южный федеральный округ', regionName: 'Краснодарский', weight: 5 },
  { countryName: 'Россия', oblastOkrugName: 'Южный федеральный округ', regionName: 'Ростовская', weight: 3 },
  { countryName: 'Россия', oblastOkrugName: 'Северо-Кавказский федеральный округ', regionName: 'Ставропольский', weight: 2 },
  { countryName: 'Россия', oblastOkrugName: 'Уральский федеральный округ', regionName: 'Свердловская', weight: 4 },
  { countryName: 'Россия', oblastOkrugName: 'Сибирский федеральный округ', regionName: 'Новосибирская', weight: 3 },
  { countryName: 'Россия', oblastOkrugName: 'Дальневосточный федеральный округ', regionName: 'Приморский', weight: 1 },
  { countryName: 'Беларусь', oblastOkrugName: 'Минская область', regionName: 'Минск', weight: 2 },
  { countryName: 'Казахстан', oblastOkrugName: 'Алматы', regionName: 'Алматы', weight: 2 }
]
