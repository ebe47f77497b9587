/** Russian has plural forms English lacks; every other key must be translated, and no key may be extra. */
type RussianOnlyPlural = `${string}_few` | `${string}_many`

/** The English catalogue of a Russian one: the same keys, each a string. */
export type Catalog<T> = {
  [K in keyof T as K extends RussianOnlyPlural ? never : K]: T[K] extends string ? string : Catalog<T[K]>
}
