/**
 * `POST /v1/roles` (the key's roles, the methods each opens, and `expires_at`: keys live six months) and
 * `POST /v1/seller/info` (the company, its settlement currency, ratings, subscription). Any valid key may call
 * both; the body is `{}`.
 */
import { ozonRoles } from './auth'
import { digitString, hash32, pick } from './random'
import { jsonReply, type Reply } from './replies'
import type { OzonRoute } from './routing'
import { DAY_MS, formatTimestamp } from './time'
import type { OzonWorld } from './world'

const companies = [
  { name: 'Сфера Трейд', legal: 'ООО "Сфера Трейд"', form: 'ООО', tax: 'USN' },
  { name: 'Домашний уют', legal: 'ИП Соколова Анна Викторовна', form: 'ИП', tax: 'USN' },
  { name: 'Северный ветер', legal: 'ООО "Северный ветер"', form: 'ООО', tax: 'OSNO' }
] as const

const Salt = { company: 0x7001, inn: 0x7002, ogrn: 0x7003 } as const

function sellerInfo(world: OzonWorld, nowMs: number): Reply {
  const company = pick(companies, hash32(world.seed, 0, Salt.company))
  const period = (fromDays: number, toDays: number) => ({
    date_from: formatTimestamp(Math.floor(nowMs / DAY_MS) * DAY_MS - fromDays * DAY_MS),
    date_to: formatTimestamp(Math.floor(nowMs / DAY_MS) * DAY_MS - toDays * DAY_MS)
  })
  const rating = (name: string, system: string, current: number, past: number, valueType: string, formatted: (value: number) => string) => ({
    current_value: { ...period(30, 0), formatted: formatted(current), status: { danger: false, premium: false, warning: false }, value: current },
    name,
    past_value: { ...period(60, 30), formatted: formatted(past), status: { danger: false, premium: false, warning: false }, value: past },
    rating: system,
    status: 'OK',
    value_type: valueType
  })
  return jsonReply(200, {
    company: {
      country: 'RU',
      currency: 'RUB',
      inn: company.form === 'ИП' ? digitString(world.seed, 0, Salt.inn, 12) : digitString(world.seed, 0, Salt.inn, 10),
      legal_name: company.legal,
      name: company.name,
      ogrn: company.form === 'ИП' ? digitString(world.seed, 0, Salt.ogrn, 15) : digitString(world.seed, 0, Salt.ogrn, 13),
      ownership_form: company.form,
      tax_system: company.tax
    },
    ratings: [
      rating('Оценка товаров', 'rating_review_avg_score_total', 4.8, 4.7, 'REVIEW_SCORE', (value) => value.toFixed(1)),
      rating('Процент отмен', 'rating_cancellation_percent', 1.2, 1.6, 'PERCENT', (value) => `${value.toFixed(1)}%`)
    ],
    subscription: { is_premium: false, type: 'UNSPECIFIED' }
  })
}

export function accountRoutes(world: OzonWorld): OzonRoute[] {
  return [
    {
      path: '/v1/roles',
      needsRole: false,
      handle: ({ key }) => jsonReply(200, {
        expires_at: formatTimestamp(key.expiresAtMs),
        roles: key.roles.map((name) => ({ name, methods: [...ozonRoles[name]] }))
      })
    },
    { path: '/v1/seller/info', needsRole: false, handle: ({ nowMs }) => sellerInfo(world, nowMs) }
  ]
}
