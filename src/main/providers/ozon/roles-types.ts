import { z } from 'zod'
import { ozonInstant } from './json-fields'

/** POST /v1/roles (swagger.json L420): when the key expires and which methods its roles open. */
export const ozonRolesResponse = z.object({
  expires_at: ozonInstant.nullish(),
  roles: z
    .array(z.object({ name: z.string().nullish(), methods: z.array(z.string()).nullish() }))
    .nullish()
})
export type OzonRolesResponse = z.infer<typeof ozonRolesResponse>
