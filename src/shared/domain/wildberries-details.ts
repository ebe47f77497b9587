/** Wildberries' own fields of the neutral rows: the WB section of the detail panels. */

export interface ProductCharacteristic {
  id: number
  name: string
  value: string
}

export interface WbProductDetails {
  marketplace: 'wildberries'
  imtId: number
  subjectId: number
  characteristics: ProductCharacteristic[]
  dimensions: { lengthCm: number; widthCm: number; heightCm: number; weightKg: string } | null
}

export interface WbOrderDetails {
  marketplace: 'wildberries'
  /** WB's top-level category; the order's `category` is its subject. */
  category: string
  warehouseType: string
  sticker: string
}
