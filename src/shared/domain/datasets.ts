/**
 * What the screens read and main's writes change, named by meaning rather than by table: a query call declares
 * the datasets it reads and a write the datasets it changes, so the renderer refreshes exactly the queries a
 * write touched, and a marketplace's own tables never appear in the contract.
 */
export const datasets = ['accounts', 'products', 'stocks', 'orders', 'sales', 'supplies', 'sync', 'labels'] as const
export type Dataset = (typeof datasets)[number]
