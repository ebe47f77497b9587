/**
 * Response examples of ../shared/specs/ozon/swagger.json (EN, 2026-04-30), the parts the mirror reads, for the Ozon
 * provider's tests. Where an example disagrees with its own schema, the copy here says so and what was changed.
 */

/** POST /v3/product/list, 200 example (L1688). */
export const productListExample = {
  result: {
    items: [
      {
        product_id: 3397917680,
        offer_id: '2026-01-13 16:56:03 PDF',
        has_fbo_stocks: false,
        has_fbs_stocks: false,
        archived: false,
        is_discounted: false,
        quants: []
      }
    ],
    total: 1,
    last_id: 'WzMzOTc5MTc2ODAsMzM5NzkxNzY4MF0='
  }
}

/** POST /v3/product/info/list, 200 example `items[0]` (L2089), fields the mirror ignores left out. */
export const productInfoExample = {
  id: 100001,
  offer_id: 'OFFER_123456789',
  name: 'Test item 123',
  sku: 123456789,
  barcodes: ['123456789012'],
  primary_image: ['https://example.com/primary_image.jpg'],
  images: ['https://example.com/image1.jpg', 'https://example.com/image2.jpg'],
  description_category_id: 42,
  type_id: 1,
  price: '1299.99',
  old_price: '1499.99',
  min_price: '999.99',
  currency_code: 'RUB',
  is_archived: false,
  is_autoarchived: false,
  statuses: {
    is_created: true,
    moderate_status: 'approved',
    status: 'active',
    status_description: 'Product is available for sale',
    status_failed: 'none',
    status_name: 'Active',
    status_tooltip: 'Product passed moderation',
    status_updated_at: '2023-01-14T11:20:00Z',
    validation_status: 'valid'
  },
  errors: [
    {
      attribute_id: 101,
      code: 'INVALID_PRICE',
      field: 'price',
      // The schema's enum is ERROR_LEVEL_*; the example writes "ERROR".
      level: 'ERROR',
      state: 'pending',
      texts: {
        attribute_name: 'Price',
        description: "Price value can't be negative",
        hint_code: 'PRICE_NEGATIVE',
        message: 'Correct the price',
        params: [{ name: 'min_price', value: '100' }],
        short_description: 'Price error'
      }
    }
  ],
  created_at: '2023-01-15T10:30:00Z',
  updated_at: '2023-01-16T12:45:00Z',
  promotions: [{ is_enabled: true, type: 'DISCOUNT' }]
}

/** POST /v2/warehouse/list, 200 example `warehouses[0]` (L7832); the example's `has_next: "string"` is not a boolean. */
export const warehouseExample = {
  warehouse_id: 20605650762000,
  name: '17023',
  status: 'created',
  is_rfbs: true,
  address_info: {
    address: 'Russia, Moscow Region, Sofyino, SST industrial zone, building 2, 2',
    latitude: 55.495093,
    longitude: 38.172731,
    utc: 'UTC+03:00'
  }
}

/** POST /v4/product/info/stocks, 200 example (L3763). */
export const stockTotalsExample = {
  items: [
    {
      offer_id: 'test-offer-123456',
      product_id: 1000123456,
      stocks: [
        { sku: 1000123456, type: 'fbs', present: 150, reserved: 25, shipment_type: 'SHIPMENT_TYPE_GENERAL' },
        { sku: 1000123456, type: 'fbo', present: 75, reserved: 10, shipment_type: 'SHIPMENT_TYPE_GENERAL' }
      ]
    },
    {
      offer_id: 'test-offer-123457',
      product_id: 1000123457,
      stocks: [{ sku: 1000123457, type: 'fbs', present: 45, reserved: 5, shipment_type: 'SHIPMENT_TYPE_BOX' }]
    }
  ],
  cursor: 'next-cursor-12345',
  total: 2
}

/** POST /v1/roles, 200 example (L420). */
export const rolesExample = {
  expires_at: '2026-02-18T09:54:23.296Z',
  roles: [
    { name: 'Admin', methods: ['/v1/actions'] },
    { name: 'Posting FBS', methods: ['/v1/posting'] }
  ]
}

/**
 * POST /v3/posting/fbo/list, 200 example `postings[0]` (L8573) as the example writes it: `products[].price` is a
 * decimal string with a sibling `currency`, where the schema has `price: {amount, currency}`.
 */
export const fboPostingExampleAsWritten = {
  order_id: 123456789,
  order_number: '12345-1',
  posting_number: '42776709-0200-5',
  status: 'awaiting_packaging',
  substatus: 'Awaiting packaging',
  cancel_reason_id: 0,
  created_at: '2026-02-08T13:56:07.751Z',
  in_process_at: '2026-02-08T13:56:07.751Z',
  products: [
    { sku: 123456, name: 'Samsung Galaxy A54 Smartphone', quantity: 1, offer_id: 'SM-GALAXY-A54-128', price: '29990.00', currency: 'RUB' },
    { sku: 789012, name: 'Case for Samsung Galaxy A54', quantity: 2, offer_id: 'CASE-GALAXY-A54-BLACK', price: '890.00', currency: 'RUB' }
  ],
  analytics_data: {
    city: 'Moscow',
    delivery_type: 'courier',
    is_premium: false,
    payment_type_group_name: 'card_online',
    warehouse_id: 123,
    warehouse_name: 'Main warehouse Moscow',
    is_legal: false,
    client_delivery_date_begin: '2026-02-10T09:00:00.751Z',
    client_delivery_date_end: '2026-02-12T18:00:00.751Z'
  },
  financial_data: {
    products: [
      {
        product_id: 123456,
        commission: { amount: 299.9, percent: 1, currency: 'RUB' },
        payout: 26690.1,
        price: 29990,
        old_price: 32990,
        total_discount_value: 3000,
        total_discount_percent: 9.09,
        actions: ['promo_summer', 'new_user_discount']
      },
      {
        product_id: 789012,
        commission: { amount: 44.5, percent: 5, currency: 'RUB' },
        payout: 845.5,
        price: 890,
        old_price: 990,
        total_discount_value: 100,
        total_discount_percent: 10.1,
        actions: ['season_sale']
      }
    ],
    cluster_from: 'MOW',
    cluster_to: 'SPB'
  },
  cancellation: { cancel_reason: 'Cancellation at the customer initiative', cancellation_type: 'customer', cancellation_initiator: 'Customer' }
}

/** The same posting in the schema's shape (`posting.v3.…Postings.Product.price`), which the app reads. */
export const fboPostingExample = {
  ...fboPostingExampleAsWritten,
  products: fboPostingExampleAsWritten.products.map(({ price, currency, ...product }) => ({ ...product, price: { amount: price, currency } }))
}
