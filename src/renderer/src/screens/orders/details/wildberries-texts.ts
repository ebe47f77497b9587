import type { Catalog } from '../../../i18n/catalog-type'

/** Wildberries' own texts of this screen (its section of the detail panel); the app's catalogue (i18n/ru.ts) takes them in whole, and the English below key for key. */
export const wildberriesOrderRu = {
  wbOrder: {
    title: 'Данные Wildberries',
    category: 'Категория WB',
    warehouseType: 'Тип склада',
    sticker: 'Стикер'
  }
}

export const wildberriesOrderEn: Catalog<typeof wildberriesOrderRu> = {
  wbOrder: {
    title: 'Wildberries data',
    category: 'WB category',
    warehouseType: 'Warehouse type',
    sticker: 'Sticker'
  }
}
