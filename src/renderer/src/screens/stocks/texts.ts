import type { Catalog } from '../../i18n/catalog-type'

/** This screen's Russian texts; the app's catalogue (i18n/ru.ts) takes them in whole, and the English below key for key. */
export const stocksRu = {
  stocks: {
    title: 'Остатки',
    searchLabel: 'Поиск остатков',
    searchPlaceholder: 'Поиск по названию, артикулу, баркоду или размеру',
    warehouse: 'Склад',
    allWarehouses: 'Все склады',
    warehouseGroups: {
      seller: '{{marketplace}}: свои склады ({{scheme}})',
      marketplace: '{{marketplace}}: склады маркетплейса ({{scheme}})'
    },
    threshold: 'Мало, если не больше',
    lowOnly: 'Только заканчивающиеся',
    totalsLabel: 'Итоги по всем найденным размерам',
    totalAll: 'Всего на складах',
    lowRows: 'Заканчивается (≤ {{threshold, number}})',
    lowBadge: 'мало',
    openRow: 'Остатки по складам: «{{title}}»',
    columns: {
      title: 'Товар',
      vendorCode: 'Артикул продавца',
      size: 'Размер',
      barcode: 'Баркод',
      atSeller: 'На своём складе',
      atMarketplace: 'На складе маркетплейса',
      inWayToClient: 'В пути к клиенту',
      inWayFromClient: 'В пути от клиента',
      total: 'Всего'
    },
    byWarehouse: 'Остатки по складам',
    noWarehouses: 'Этого товара нет ни на одном складе',
    warehouseKind: 'Тип',
    heldBy: { seller: 'Свой склад ({{scheme}})', marketplace: 'Склад маркетплейса ({{scheme}})' },
    available: 'Доступно',
    reserved: 'В резерве',
    empty: 'Остатков нет',
    emptyHint: 'Маркетплейсы не вернули остатков для выбранных кабинетов.'
  }
}

export const stocksEn: Catalog<typeof stocksRu> = {
  stocks: {
    title: 'Stock',
    searchLabel: 'Search stock',
    searchPlaceholder: 'Search by title, article, barcode or size',
    warehouse: 'Warehouse',
    allWarehouses: 'All warehouses',
    warehouseGroups: {
      seller: '{{marketplace}}: own warehouses ({{scheme}})',
      marketplace: '{{marketplace}}: marketplace warehouses ({{scheme}})'
    },
    threshold: 'Low when at most',
    lowOnly: 'Running out only',
    totalsLabel: 'Totals over every size found',
    totalAll: 'Total in warehouses',
    lowRows: 'Running out (≤ {{threshold, number}})',
    lowBadge: 'low',
    openRow: 'Stock by warehouse: “{{title}}”',
    columns: {
      title: 'Product',
      vendorCode: 'Seller article',
      size: 'Size',
      barcode: 'Barcode',
      atSeller: 'In own warehouse',
      atMarketplace: 'In marketplace warehouse',
      inWayToClient: 'On the way to buyer',
      inWayFromClient: 'On the way back',
      total: 'Total'
    },
    byWarehouse: 'Stock by warehouse',
    noWarehouses: 'This product is in no warehouse',
    warehouseKind: 'Type',
    heldBy: { seller: 'Own warehouse ({{scheme}})', marketplace: 'Marketplace warehouse ({{scheme}})' },
    available: 'Available',
    reserved: 'Reserved',
    empty: 'No stock',
    emptyHint: 'The marketplaces returned no stock for the selected cabinets.'
  }
}
