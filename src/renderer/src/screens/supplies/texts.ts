import type { Catalog } from '../../i18n/catalog-type'

/** This screen's Russian texts; the app's catalogue (i18n/ru.ts) takes them in whole, and the English below key for key. */
export const suppliesRu = {
  supplies: {
    title: 'Поставки',
    tabsLabel: 'Вид поставок',
    tabFbs: 'FBS',
    tabFbw: 'FBW (на склады WB)',
    statusFilter: 'Статус поставки',
    statuses: { all: 'Все', open: 'Открытые', done: 'Переданные в доставку' },
    open: 'Открыта',
    done: 'Передана в доставку',
    columns: {
      supplyId: 'ID поставки',
      name: 'Название',
      status: 'Статус',
      ordersCount: 'Заданий',
      createdAt: 'Создана',
      closedAt: 'Закрыта',
      preorderId: 'ID заказа поставки',
      createDate: 'Создана',
      supplyDate: 'Плановая дата',
      factDate: 'Фактическая дата',
      warehouse: 'Склад',
      acceptanceCost: 'Стоимость приёмки',
      quantity: 'Товаров'
    },
    openRow: 'Открыть поставку {{id}}',
    notPlanned: 'не назначен',
    orders: 'Задания в поставке',
    noOrders: 'В поставке нет заданий',
    deliver: 'Передать в доставку',
    delivering: 'Передаём…',
    deliverEmpty: 'Пустую поставку нельзя передать в доставку',
    deliverTitle: 'Передать поставку «{{name}}» в доставку?',
    deliverText_one: 'Поставка с {{count, number}} заданием закроется: добавить в неё задания будет нельзя, а задание перейдёт в статус «В доставке». Отменить это нельзя.',
    deliverText_few: 'Поставка с {{count, number}} заданиями закроется: добавить в неё задания будет нельзя, а задания перейдут в статус «В доставке». Отменить это нельзя.',
    deliverText_many: 'Поставка с {{count, number}} заданиями закроется: добавить в неё задания будет нельзя, а задания перейдут в статус «В доставке». Отменить это нельзя.',
    deliverText_other: 'Поставка с {{count, number}} заданиями закроется: добавить в неё задания будет нельзя, а задания перейдут в статус «В доставке». Отменить это нельзя.',
    deliverConfirm: 'Передать в доставку',
    delivered: 'Поставка «{{name}}» передана в доставку',
    emptyFbs: 'Поставок FBS нет',
    emptyFbsHint: 'Создайте поставку из новых сборочных заданий на экране «Заказы».',
    emptyFbw: 'Поставок FBW нет',
    emptyFbwHint: 'Поставки на склады WB появятся здесь после синхронизации.'
  }
}

export const suppliesEn: Catalog<typeof suppliesRu> = {
  supplies: {
    title: 'Supplies',
    tabsLabel: 'Supply view',
    tabFbs: 'FBS',
    tabFbw: 'FBW (to WB warehouses)',
    statusFilter: 'Supply status',
    statuses: { all: 'All', open: 'Open', done: 'Handed over for delivery' },
    open: 'Open',
    done: 'Handed over for delivery',
    columns: {
      supplyId: 'Supply ID',
      name: 'Name',
      status: 'Status',
      ordersCount: 'Tasks',
      createdAt: 'Created',
      closedAt: 'Closed',
      preorderId: 'Preorder ID',
      createDate: 'Created',
      supplyDate: 'Planned date',
      factDate: 'Actual date',
      warehouse: 'Warehouse',
      acceptanceCost: 'Acceptance cost',
      quantity: 'Items'
    },
    openRow: 'Open supply {{id}}',
    notPlanned: 'not assigned',
    orders: 'Tasks in the supply',
    noOrders: 'The supply has no tasks',
    deliver: 'Hand over for delivery',
    delivering: 'Handing over…',
    deliverEmpty: 'An empty supply cannot be handed over for delivery',
    deliverTitle: 'Hand the supply “{{name}}” over for delivery?',
    deliverText_one: 'The supply with {{count, number}} task closes: no more tasks can be added, and the task moves to “In delivery”. This cannot be undone.',
    deliverText_other: 'The supply with {{count, number}} tasks closes: no more tasks can be added, and the tasks move to “In delivery”. This cannot be undone.',
    deliverConfirm: 'Hand over for delivery',
    delivered: 'Supply “{{name}}” handed over for delivery',
    emptyFbs: 'No FBS supplies',
    emptyFbsHint: 'Create a supply from new assembly tasks on the Orders screen.',
    emptyFbw: 'No FBW supplies',
    emptyFbwHint: 'Supplies to WB warehouses appear here after a sync.'
  }
}
