import type { Catalog } from '../../i18n/catalog-type'

/** This screen's Russian texts; the app's catalogue (i18n/ru.ts) takes them in whole, and the English below key for key. */
export const salesRu = {
  sales: {
    title: 'Продажи',
    searchLabel: 'Поиск продаж',
    searchPlaceholder: 'Поиск по артикулу, баркоду, категории или бренду',
    kind: 'Тип',
    kinds: { all: 'Все', sales: 'Продажи', returns: 'Возвраты' },
    warehouse: 'Склад',
    totalsLabel: 'Итоги за период по фильтрам',
    totals: { sales: 'Продаж', returns: 'Возвратов', buyerPrice: 'Сумма по цене покупателя', payout: 'К перечислению продавцу' },
    columns: {
      soldAt: 'Дата (МСК)',
      kind: 'Тип',
      goods: 'Товар / артикул',
      quantity: 'Шт.',
      barcode: 'Баркод',
      warehouse: 'Склад',
      region: 'Регион',
      price: 'Цена до скидок',
      discount: 'Скидка',
      buyerPrice: 'Цена покупателя',
      payout: 'К перечислению'
    },
    sale: 'Продажа',
    return: 'Возврат',
    empty: 'Продаж нет',
    emptyHint: 'За выбранный период маркетплейсы не сообщили о продажах и возвратах.'
  }
}

export const salesEn: Catalog<typeof salesRu> = {
  sales: {
    title: 'Sales',
    searchLabel: 'Search sales',
    searchPlaceholder: 'Search by article, barcode, category or brand',
    kind: 'Type',
    kinds: { all: 'All', sales: 'Sales', returns: 'Returns' },
    warehouse: 'Warehouse',
    totalsLabel: 'Totals for the period and filters',
    totals: { sales: 'Sales', returns: 'Returns', buyerPrice: 'Sum at buyer price', payout: 'Payable to seller' },
    columns: {
      soldAt: 'Date (Moscow)',
      kind: 'Type',
      goods: 'Product / article',
      quantity: 'Qty',
      barcode: 'Barcode',
      warehouse: 'Warehouse',
      region: 'Region',
      price: 'Price before discounts',
      discount: 'Discount',
      buyerPrice: 'Buyer price',
      payout: 'Payable'
    },
    sale: 'Sale',
    return: 'Return',
    empty: 'No sales',
    emptyHint: 'The marketplaces reported no sales or returns for the chosen period.'
  }
}
