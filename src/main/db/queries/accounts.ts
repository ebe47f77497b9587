import { asc, eq } from 'drizzle-orm'
import type { Marketplace } from '../../../shared/domain/marketplace'
import type { Drizzle } from '../open'
import { accounts } from '../schema'

export type AccountRecord = typeof accounts.$inferSelect

export function listAccounts(db: Drizzle): AccountRecord[] {
  return db.select().from(accounts).orderBy(asc(accounts.createdAt), asc(accounts.name)).all()
}

export function findAccount(db: Drizzle, id: string): AccountRecord | undefined {
  return db.select().from(accounts).where(eq(accounts.id, id)).get()
}

export function findDemoAccount(db: Drizzle, marketplace: Marketplace): AccountRecord | undefined {
  return listAccounts(db).find((a) => a.isDemo && a.marketplace === marketplace)
}

export function insertAccount(db: Drizzle, record: typeof accounts.$inferInsert): void {
  db.insert(accounts).values(record).run()
}

export function renameAccount(db: Drizzle, id: string, name: string, updatedAt: string): void {
  db.update(accounts).set({ name, updatedAt }).where(eq(accounts.id, id)).run()
}

export function updateAccountFields(
  db: Drizzle,
  id: string,
  fields: Pick<AccountRecord, 'fieldsJson' | 'tokenExpiresAt' | 'tokenCategoriesJson' | 'tokenKind'>,
  updatedAt: string
): void {
  db.update(accounts)
    .set({ ...fields, updatedAt })
    .where(eq(accounts.id, id))
    .run()
}

/** Foreign keys cascade: the account's mirrored rows, cursors and runs go with it in one statement. */
export function deleteAccount(db: Drizzle, id: string): boolean {
  return db.delete(accounts).where(eq(accounts.id, id)).run().changes > 0
}
