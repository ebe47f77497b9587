import { z } from 'zod'

/** A calendar day, 'YYYY-MM-DD'. Periods are inclusive and read in Moscow time, as WB reports them. */
export const isoDay = z.iso.date()

export const period = z
  .strictObject({ from: isoDay.optional(), to: isoDay.optional() })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'from must not be after to', path: ['to'] })

export type Period = z.infer<typeof period>
