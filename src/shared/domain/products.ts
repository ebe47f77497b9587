export const productSortFields = ['title', 'vendorCode', 'nmId', 'brand', 'updatedAt'] as const
export type ProductSortField = (typeof productSortFields)[number]

export interface ProductRow {
  accountId: string
  accountName: string
  nmId: number
  vendorCode: string
  title: string
  brand: string
  subjectName: string
  thumbnailUrl: string | null
  barcodes: string[]
  updatedAt: string
}

export interface ProductPage {
  rows: ProductRow[]
  total: number
  page: number
  pageSize: number
}

export interface ProductPhoto {
  big: string
  small: string
}

export interface ProductCharacteristic {
  id: number
  name: string
  value: string
}

export interface ProductSize {
  chrtId: number
  techSize: string
  wbSize: string
  barcodes: string[]
}

export interface ProductDetail extends ProductRow {
  imtId: number
  subjectId: number
  description: string
  photos: ProductPhoto[]
  characteristics: ProductCharacteristic[]
  sizes: ProductSize[]
  dimensions: { lengthCm: number; widthCm: number; heightCm: number; weightKg: string } | null
  createdAt: string
}
