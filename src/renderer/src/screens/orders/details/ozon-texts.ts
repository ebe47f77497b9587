import type { Catalog } from '../../../i18n/catalog-type'

/**
 * Ozon's own texts of this screen (its section of the detail panel); the app's catalogue (i18n/ru.ts) takes them
 * in whole, and the English below key for key. Substatuses follow swagger.json's table of shipment statuses.
 */
export const ozonOrderRu = {
  ozonOrder: {
    title: 'Данные Ozon',
    postingNumber: 'Номер отправления',
    orderNumber: 'Номер заказа',
    scheme: 'Схема',
    schemes: { fbs: 'FBS — со своего склада', fbo: 'FBO — со склада Ozon' },
    substatus: 'Подстатус',
    shipmentDate: 'Собрать до (МСК)',
    deliverySchema: 'Схема доставки',
    warehouseId: 'ID склада',
    cancelReason: 'Причина отмены',
    cancellationInitiator: 'Кто отменил',
    substatuses: {
      posting_acceptance_in_progress: 'Идёт приёмка',
      posting_created: 'Создано',
      posting_awaiting_registration: 'Ожидает регистрации',
      posting_registered: 'Зарегистрировано',
      posting_registration_error: 'Ошибка регистрации',
      posting_awaiting_passport_data: 'Ожидает паспортных данных',
      posting_split_pending: 'Ожидает разделения',
      posting_transferring_to_delivery: 'Передаётся в доставку',
      posting_in_carriage: 'В перевозке',
      posting_not_in_carriage: 'Не добавлено в перевозку',
      posting_in_arbitration: 'Арбитраж',
      posting_in_client_arbitration: 'Клиентский арбитраж доставки',
      posting_on_way_to_city: 'В пути в город покупателя',
      posting_transferred_to_courier_service: 'Передано курьеру',
      posting_in_courier_service: 'Курьер в пути',
      posting_on_way_to_pickup_point: 'В пути в пункт выдачи',
      posting_in_pickup_point: 'В пункте выдачи',
      posting_conditionally_delivered: 'Условно доставлено',
      posting_driver_pick_up: 'Передано водителю',
      posting_not_in_sort_center: 'Не принято сортировочным центром',
      posting_delivered: 'Доставлено',
      posting_received: 'Получено покупателем',
      posting_canceled: 'Отменено',
      posting_returned_to_warehouse: 'Возвращено на склад'
    },
    initiators: {
      Client: 'Покупатель',
      Customer: 'Покупатель',
      Seller: 'Продавец',
      System: 'Система',
      Delivery: 'Служба доставки',
      Ozon: 'Ozon'
    }
  }
}

export const ozonOrderEn: Catalog<typeof ozonOrderRu> = {
  ozonOrder: {
    title: 'Ozon data',
    postingNumber: 'Posting number',
    orderNumber: 'Order number',
    scheme: 'Scheme',
    schemes: { fbs: 'FBS — from your warehouse', fbo: 'FBO — from an Ozon warehouse' },
    substatus: 'Substatus',
    shipmentDate: 'Pack by (Moscow time)',
    deliverySchema: 'Delivery scheme',
    warehouseId: 'Warehouse ID',
    cancelReason: 'Cancellation reason',
    cancellationInitiator: 'Cancelled by',
    substatuses: {
      posting_acceptance_in_progress: 'Acceptance in progress',
      posting_created: 'Created',
      posting_awaiting_registration: 'Awaiting registration',
      posting_registered: 'Registered',
      posting_registration_error: 'Registration error',
      posting_awaiting_passport_data: 'Awaiting passport data',
      posting_split_pending: 'Awaiting split',
      posting_transferring_to_delivery: 'Being handed over to delivery',
      posting_in_carriage: 'In shipping',
      posting_not_in_carriage: 'Not added to shipping',
      posting_in_arbitration: 'Arbitration',
      posting_in_client_arbitration: 'Customer delivery arbitration',
      posting_on_way_to_city: 'On the way to the buyer’s city',
      posting_transferred_to_courier_service: 'Handed over to the courier',
      posting_in_courier_service: 'Courier on the way',
      posting_on_way_to_pickup_point: 'On the way to the pick-up point',
      posting_in_pickup_point: 'At the pick-up point',
      posting_conditionally_delivered: 'Presumably delivered',
      posting_driver_pick_up: 'Handed over to the driver',
      posting_not_in_sort_center: 'Not accepted at the sorting centre',
      posting_delivered: 'Delivered',
      posting_received: 'Received by the buyer',
      posting_canceled: 'Cancelled',
      posting_returned_to_warehouse: 'Returned to the warehouse'
    },
    initiators: {
      Client: 'Buyer',
      Customer: 'Buyer',
      Seller: 'Seller',
      System: 'System',
      Delivery: 'Delivery service',
      Ozon: 'Ozon'
    }
  }
}
