/**
 * Shapes of `POST /content/v2/get/cards/list` as the official spec describes them
 * (shared/specs/wildberries/02-items.yaml, the route's 200 response). Field names and nesting are WB's own.
 */

export interface WbPhoto {
  big: string
  c246x328: string
  c516x688: string
  square: string
  tm: string
}

export interface WbCharacteristic {
  id: number
  name: string
  /** Dictionary characteristics carry a list of strings, numeric ones a number. */
  value: string[] | number
}

export interface WbSize {
  chrtID: number
  techSize: string
  wbSize: string
  skus: string[]
}

export interface WbTag {
  id: number
  name: string
  color: string
}

export interface WbCard {
  nmID: number
  imtID: number
  nmUUID: string
  subjectID: number
  subjectName: string
  vendorCode: string
  brand: string
  title: string
  description: string
  needKiz: boolean
  kizMarked: boolean
  photos: WbPhoto[]
  video?: string
  wholesale: { enabled: boolean; quantum: number }
  dimensions: { length: number; width: number; height: number; weightBrutto: number; isValid: boolean }
  characteristics: WbCharacteristic[]
  sizes: WbSize[]
  tags: WbTag[]
  createdAt: string
  updatedAt: string
}

export interface WbCardsCursor {
  updatedAt?: string
  nmID?: number
  total: number
}

export interface WbCardsListResponse {
  cards: WbCard[]
  cursor: WbCardsCursor
}
