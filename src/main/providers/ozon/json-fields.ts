import { z } from 'zod'

/** An RFC 3339 instant with a Z or an offset; anything else fails the page as a malformed response. */
export const ozonInstant = z.iso.datetime({ offset: true })

/** Text Ozon may leave out or send as null (its examples do both): empty then. */
export const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? '')

/** An id Ozon may leave out, send as null or as 0 for "none": null then. */
export const optionalId = z
  .number()
  .int()
  .nonnegative()
  .nullish()
  .transform((value) => (value ? value : null))
