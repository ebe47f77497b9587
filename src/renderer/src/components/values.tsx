import type { Kopecks, Money as MoneyValue } from '../../../shared/domain/money'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '../i18n/useFormatDateTime'
import type { StatusTone } from '../lib/wb-statuses'

/** An amount in roubles, or in `currency`; negative amounts (returns) are marked so they stand out. */
export function Money({ kopecks, currency }: { kopecks: Kopecks | null; currency?: string }) {
  const { money } = useFormatters()
  if (kopecks === null) return <span className="muted">—</span>
  return <span className={kopecks < 0 ? 'money money--negative' : 'money'}>{money(kopecks, currency)}</span>
}

/** Sums in several currencies side by side ("12 340,00 ₽ · 56,70 BYN"): they are never added up. */
export function MoneySums({ sums }: { sums: readonly MoneyValue[] | null }) {
  if (!sums || sums.length === 0) return <span className="muted">—</span>
  return (
    <span>
      {sums.map((sum, index) => (
        <Fragment key={sum.currency}>
          {index > 0 && ' · '}
          <Money kopecks={sum.kopecks} currency={sum.currency} />
        </Fragment>
      ))}
    </span>
  )
}

/**
 * A price in the seller's currency, with what the buyer paid in the sale's currency under it when that differs
 * (a sale in Belarus: "1 234,00 ₽" over "40,14 BYN").
 */
export function PriceWithSale({ price, salePrice }: { price: MoneyValue; salePrice: MoneyValue }) {
  const { t } = useTranslation()
  if (salePrice.currency === price.currency) return <Money kopecks={price.kopecks} currency={price.currency} />
  return (
    <span className="money-pair">
      <Money kopecks={price.kopecks} currency={price.currency} />
      <span className="muted money-pair__sale" title={t('money.paidInSaleCurrency')}>
        <Money kopecks={salePrice.kopecks} currency={salePrice.currency} />
      </span>
    </span>
  )
}

interface TimeProps {
  value: string | null
  /** "28.11.2026, 16:05" for dense table columns; the long form shows in the tooltip. */
  compact?: boolean
}

/** A UTC instant (an order, a sale) in Moscow time, as marketplace cabinets show it. */
export function MoscowTime({ value, compact }: TimeProps) {
  const { moscow } = useFormatters()
  if (!value) return <span className="muted">—</span>
  return (
    <time dateTime={value} title={compact ? moscow(value) : undefined}>
      {moscow(value, compact ? 'compact' : 'long')}
    </time>
  )
}

/** An ISO moment with an offset or Z, in local time. */
export function LocalTime({ value, compact }: TimeProps) {
  const { dateTime } = useFormatters()
  if (!value) return <span className="muted">—</span>
  return (
    <time dateTime={value} title={compact ? dateTime(value) : undefined}>
      {dateTime(value, compact ? 'compact' : 'long')}
    </time>
  )
}

/** A time that may carry an offset (shown in local time) or not (Moscow wall clock, shown as written). */
export function Moment({ value, compact }: TimeProps) {
  const { moment } = useFormatters()
  if (!value) return <span className="muted">—</span>
  return (
    <time dateTime={value} title={compact ? moment(value) : undefined}>
      {moment(value, compact ? 'compact' : 'long')}
    </time>
  )
}

/** A calendar date, shown as written at the start of the value. */
export function Day({ value, compact }: TimeProps) {
  const { day } = useFormatters()
  if (!value) return <span className="muted">—</span>
  return <time dateTime={value.slice(0, 10)}>{day(value, compact ? 'compact' : 'long')}</time>
}

/** A whole number with grouped digits. */
export function Count({ value }: { value: number | null }) {
  const { count } = useFormatters()
  if (value === null) return <span className="muted">—</span>
  return <span className="num">{count(value)}</span>
}

export function StatusBadge({ tone, children, title }: { tone: StatusTone; children: string; title?: string }) {
  return (
    <span className={`status status--${tone}`} title={title}>
      {children}
    </span>
  )
}
