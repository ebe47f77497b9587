import { z } from 'zod'

/**
 * The parts of a content-api card the mirror keeps (02-items.yaml, POST /content/v2/get/cards/list).
 * Fields WB may omit get defaults; a field of the wrong type fails the page as a malformed response.
 */
const photo = z.object({
  big: z.string().optional(),
  c246x328: z.string().optional(),
  c516x688: z.string().optional(),
  square: z.string().optional(),
  tm: z.string().optional()
})

const characteristic = z.object({
  id: z.number().int(),
  name: z.string(),
  value: z.unknown()
})

const size = z.object({
  chrtID: z.number().int(),
  techSize: z.string().default(''),
  wbSize: z.string().default(''),
  skus: z.array(z.string()).default([])
})

const dimensions = z.object({
  length: z.number().default(0),
  width: z.number().default(0),
  height: z.number().default(0),
  weightBrutto: z.number().default(0)
})

export const wbCard = z.object({
  nmID: z.number().int().positive(),
  imtID: z.number().int(),
  subjectID: z.number().int(),
  subjectName: z.string().default(''),
  vendorCode: z.string(),
  brand: z.string().default(''),
  title: z.string().default(''),
  description: z.string().default(''),
  photos: z.array(photo).default([]),
  characteristics: z.array(characteristic).default([]),
  sizes: z.array(size).default([]),
  dimensions: dimensions.optional(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type WbCard = z.infer<typeof wbCard>

export const wbCardsListResponse = z.object({
  cards: z.array(wbCard),
  cursor: z.object({
    updatedAt: z.string().optional(),
    nmID: z.number().int().optional(),
    total: z.number().int().nonnegative()
  })
})
export type WbCardsListResponse = z.infer<typeof wbCardsListResponse>

/** Where the cards sync stopped: the (updatedAt, nmID) of the last card committed, in ascending order. */
export const wbCardsCursor = z.object({ updatedAt: z.string(), nmID: z.number().int() })
export type WbCardsCursor = z.infer<typeof wbCardsCursor>
