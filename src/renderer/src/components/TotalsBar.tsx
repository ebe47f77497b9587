import type { ReactNode } from 'react'

export interface TotalsItem {
  label: string
  value: ReactNode
  /** A figure that needs attention (e.g. low-stock rows). */
  warn?: boolean
}

/** Sums over everything the filters match (not just the shown page), computed by main. */
export function TotalsBar({ items, testId, label, stale }: { items: readonly TotalsItem[]; testId: string; label: string; stale?: boolean }) {
  return (
    <dl className={stale ? 'totals totals--stale' : 'totals'} aria-label={label} data-testid={testId}>
      {items.map((item) => (
        <div key={item.label} className={item.warn ? 'totals__item totals__item--warn' : 'totals__item'}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}
