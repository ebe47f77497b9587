import type { Catalog } from '../../i18n/catalog-type'

/** This screen's Russian texts; the app's catalogue (i18n/ru.ts) takes them in whole, and the English below key for key. */
export const productsRu = {
  products: {
    title: 'Товары',
    searchLabel: 'Поиск товаров',
    searchPlaceholder: 'Поиск по названию, артикулу продавца, баркоду или артикулу маркетплейса',
    loading: 'Загружаем товары…',
    noMatches: 'Ничего не найдено по запросу «{{query}}»',
    noMatchesHint: 'Проверьте написание или поищите по артикулу либо баркоду.',
    noMarketplaceMatches: 'В выбранных кабинетах нет товаров маркетплейса «{{marketplace}}»',
    noMarketplaceMatchesHint: 'Выберите другой маркетплейс или «Все маркетплейсы».',
    neverSynced: 'Товаров пока нет',
    neverSyncedHint: 'Нажмите «Синхронизировать всё», чтобы загрузить товары из кабинетов.',
    firstSyncRunning: 'Идёт первая синхронизация — товары появятся здесь по мере загрузки.',
    emptyCabinet: 'В кабинете нет товаров',
    emptyCabinetHint: 'Маркетплейс не вернул ни одной карточки товара для выбранных кабинетов.',
    columns: {
      photo: 'Фото',
      title: 'Название',
      vendorCode: 'Артикул продавца',
      productId: 'Артикул маркетплейса',
      brand: 'Бренд',
      category: 'Категория',
      barcodes: 'Баркоды',
      accountName: 'Кабинет',
      updatedAt: 'Обновлено'
    },
    openProduct: 'Открыть карточку товара «{{title}}»',
    untitled: 'Без названия'
  },
  productDetail: {
    loading: 'Загружаем карточку товара…',
    photos: 'Фотографии',
    noPhotos: 'У товара нет фотографий',
    photoOf: 'Фото {{index}} из {{count}}',
    brand: 'Бренд',
    category: 'Категория',
    vendorCode: 'Артикул продавца',
    /** What each marketplace calls the id its cabinet shows for a product. */
    productIdOf: { wildberries: 'Артикул WB (nmID)', ozon: 'ID товара Ozon (product_id)', 'yandex-market': 'Ваш SKU (offerId)' },
    marketplace: 'Маркетплейс',
    account: 'Кабинет',
    createdAt: 'Создан',
    updatedAt: 'Обновлён',
    description: 'Описание',
    noDescription: 'Описание не заполнено',
    offers: 'Размеры и баркоды',
    size: 'Размер продавца',
    marketplaceSize: 'Размер для покупателя',
    barcodes: 'Баркоды',
    noOffers: 'Размеры не заданы'
  }
}

export const productsEn: Catalog<typeof productsRu> = {
  products: {
    title: 'Products',
    searchLabel: 'Search products',
    searchPlaceholder: 'Search by title, seller article, barcode or marketplace ID',
    loading: 'Loading products…',
    noMatches: 'Nothing found for “{{query}}”',
    noMatchesHint: 'Check the spelling or search by article or barcode.',
    noMarketplaceMatches: 'The selected cabinets have no products on “{{marketplace}}”',
    noMarketplaceMatchesHint: 'Choose another marketplace or “All marketplaces”.',
    neverSynced: 'No products yet',
    neverSyncedHint: 'Press “Sync everything” to load the products of your cabinets.',
    firstSyncRunning: 'The first sync is running — products will appear here as they load.',
    emptyCabinet: 'The cabinet has no products',
    emptyCabinetHint: 'The marketplace returned no product cards for the selected cabinets.',
    columns: {
      photo: 'Photo',
      title: 'Title',
      vendorCode: 'Seller article',
      productId: 'Marketplace ID',
      brand: 'Brand',
      category: 'Category',
      barcodes: 'Barcodes',
      accountName: 'Cabinet',
      updatedAt: 'Updated'
    },
    openProduct: 'Open the product card “{{title}}”',
    untitled: 'Untitled'
  },
  productDetail: {
    loading: 'Loading the product card…',
    photos: 'Photos',
    noPhotos: 'The product has no photos',
    photoOf: 'Photo {{index}} of {{count}}',
    brand: 'Brand',
    category: 'Category',
    vendorCode: 'Seller article',
    productIdOf: { wildberries: 'WB article (nmID)', ozon: 'Ozon product ID (product_id)', 'yandex-market': 'Your SKU (offerId)' },
    marketplace: 'Marketplace',
    account: 'Cabinet',
    createdAt: 'Created',
    updatedAt: 'Updated',
    description: 'Description',
    noDescription: 'No description',
    offers: 'Sizes and barcodes',
    size: 'Seller size',
    marketplaceSize: 'Size shown to buyers',
    barcodes: 'Barcodes',
    noOffers: 'No sizes'
  }
}
