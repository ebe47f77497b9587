import { flag, type PageWrite } from '../../sync/page-write'
import type { WbFbsSupply } from './marketplace-types'
import { isoUtc } from './time'

const upsertSql = `
INSERT INTO wb_fbs_supplies (account_id, supply_id, name, created_at, closed_at, scan_dt, done, cargo_type, synced_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, supply_id) DO UPDATE SET
  name = excluded.name, created_at = excluded.created_at, closed_at = excluded.closed_at, scan_dt = excluded.scan_dt,
  done = excluded.done, cargo_type = excluded.cargo_type, synced_at = excluded.synced_at`

export function fbsSuppliesPageWrite(accountId: string, supplies: readonly WbFbsSupply[], syncedAt: string): PageWrite {
  return {
    steps: [
      {
        sql: upsertSql,
        params: supplies.map((s) => [
          accountId,
          s.id,
          s.name ?? '',
          isoUtc(s.createdAt),
          s.closedAt ? isoUtc(s.closedAt) : null,
          s.scanDt ? isoUtc(s.scanDt) : null,
          flag(s.done),
          s.cargoType ?? null,
          syncedAt
        ])
      }
    ],
    rows: supplies.length
  }
}
