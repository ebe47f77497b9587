import { describe, expect, it } from 'vitest'
import { rolesExample } from '../../../test-support/ozon-swagger-examples'
import { ozonRoutes } from './client'
import { ozonFinanceRoutes } from './finance-client'
import { missingOzonMethods, ozonKeyInfo } from './key-roles'
import { ozonRolesResponse } from './roles-types'

const synced = [...Object.values(ozonRoutes), ...Object.values(ozonFinanceRoutes)]
  .map((route) => route.path)
  .filter((path) => path !== '/v1/roles' && path !== '/v1/seller/info')

describe('what /v1/roles says of an Ozon key', () => {
  it('gives the expiry and the methods of the spec’s example, and what the sync misses', () => {
    const info = ozonKeyInfo(ozonRolesResponse.parse(rolesExample))
    expect(info).toEqual({
      expiresAt: '2026-02-18T09:54:23.296Z',
      categories: ['/v1/actions', '/v1/posting'],
      missingCategories: synced,
      kind: 'unknown'
    })
  })

  it('counts a listed prefix as opening the methods under it, and nothing beside it', () => {
    expect(
      missingOzonMethods([
        '/v3/product', '/v1/product', '/v4/product', '/v2/warehouse/list', '/v4/posting/fbs/list', '/v3/posting', '/v3/finance',
        '/v1/returns', '/v1/analytics'
      ])
    ).toEqual([])
    expect(missingOzonMethods(['/v3/product/list', '/v3/prod'])).toContain('/v3/product/info/list')
  })

  it('says nothing is missing when the key lists no methods (nothing is known then)', () => {
    expect(missingOzonMethods([])).toEqual([])
    expect(ozonKeyInfo({ roles: null, expires_at: null })).toEqual({ expiresAt: null, categories: [], missingCategories: [], kind: 'unknown' })
  })
})
