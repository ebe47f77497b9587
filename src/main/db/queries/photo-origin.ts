import type { PageWrite } from '../../sync/page-write'

const movePhotoOriginSql = 'UPDATE products SET photos_json = replace(photos_json, ?, ?) WHERE account_id = ?'

/**
 * Demo cabinets' photo links name their sandbox's origin, which can change between runs. Every marketplace's
 * photos sit in the neutral products rows as JSON strings, so the origin is replaced where a quoted link starts.
 */
export function movePhotoOrigin(accountIds: readonly string[], from: string, to: string): PageWrite {
  return { steps: [{ sql: movePhotoOriginSql, params: accountIds.map((accountId) => [`"${from}/`, `"${to}/`, accountId]) }], rows: 0 }
}
