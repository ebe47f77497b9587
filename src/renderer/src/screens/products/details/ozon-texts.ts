import type { Catalog } from '../../../i18n/catalog-type'

/**
 * Ozon's own texts of this screen (its section of the detail panel); the app's catalogue (i18n/ru.ts) takes them
 * in whole, and the English below key for key. Levels follow swagger.json's error level description.
 */
export const ozonProductRu = {
  ozonProduct: {
    title: 'Данные Ozon',
    sku: 'SKU',
    noSku: 'ещё не присвоен: появится после модерации',
    status: 'Статус',
    moderateStatus: 'Модерация',
    validationStatus: 'Проверка карточки',
    price: 'Цена на витрине',
    oldPrice: 'Цена до скидок',
    minPrice: 'Минимальная цена с акциями',
    archive: 'Архив',
    archived: 'В архиве',
    autoarchived: 'В архиве: перенесён Ozon автоматически',
    notArchived: 'Нет',
    descriptionCategoryId: 'ID категории описания',
    typeId: 'ID типа',
    errors: 'Ошибки карточки',
    noErrors: 'Ozon не сообщил об ошибках',
    errorLevel: 'Уровень',
    errorField: 'Поле',
    errorAttribute: 'атрибут {{id}}',
    errorMessage: 'Ошибка',
    statuses: {
      created: 'Создан',
      imported: 'Загружен',
      processing: 'Обрабатывается',
      processed: 'Обработан',
      moderating: 'На модерации',
      failed_moderation: 'Не прошёл модерацию',
      failed_validation: 'Не прошёл проверку',
      failed: 'Ошибка',
      price_sent: 'Продаётся',
      archived: 'В архиве'
    },
    moderateStatuses: {
      approved: 'Одобрен',
      declined: 'Отклонён',
      moderating: 'На модерации'
    },
    validationStatuses: {
      success: 'Пройдена',
      valid: 'Пройдена',
      pending: 'Идёт проверка',
      fail: 'Не пройдена',
      failed: 'Не пройдена'
    },
    levels: {
      ERROR_LEVEL_ERROR: 'Критическая: товар не продаётся',
      ERROR_LEVEL_INTERNAL: 'Критическая (на стороне Ozon): товар не продаётся',
      ERROR_LEVEL_WARNING: 'Предупреждение: товар продаётся',
      ERROR_LEVEL_UNSPECIFIED: 'Не указан'
    }
  }
}

export const ozonProductEn: Catalog<typeof ozonProductRu> = {
  ozonProduct: {
    title: 'Ozon data',
    sku: 'SKU',
    noSku: 'not assigned yet: it comes with moderation',
    status: 'Status',
    moderateStatus: 'Moderation',
    validationStatus: 'Card check',
    price: 'Shop price',
    oldPrice: 'Price before discounts',
    minPrice: 'Lowest price with promotions',
    archive: 'Archive',
    archived: 'Archived',
    autoarchived: 'Archived: moved by Ozon automatically',
    notArchived: 'No',
    descriptionCategoryId: 'Description category ID',
    typeId: 'Type ID',
    errors: 'Card errors',
    noErrors: 'Ozon reported no errors',
    errorLevel: 'Level',
    errorField: 'Field',
    errorAttribute: 'attribute {{id}}',
    errorMessage: 'Error',
    statuses: {
      created: 'Created',
      imported: 'Imported',
      processing: 'Processing',
      processed: 'Processed',
      moderating: 'In moderation',
      failed_moderation: 'Failed moderation',
      failed_validation: 'Failed the check',
      failed: 'Error',
      price_sent: 'On sale',
      archived: 'Archived'
    },
    moderateStatuses: {
      approved: 'Approved',
      declined: 'Declined',
      moderating: 'In moderation'
    },
    validationStatuses: {
      success: 'Passed',
      valid: 'Passed',
      pending: 'In progress',
      fail: 'Failed',
      failed: 'Failed'
    },
    levels: {
      ERROR_LEVEL_ERROR: 'Critical: the product is not sold',
      ERROR_LEVEL_INTERNAL: 'Critical (on Ozon’s side): the product is not sold',
      ERROR_LEVEL_WARNING: 'Warning: the product is sold',
      ERROR_LEVEL_UNSPECIFIED: 'Not given'
    }
  }
}
