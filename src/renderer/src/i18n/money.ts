import { kopecksToDecimal, type Kopecks } from '../../../shared/domain/money'
import { intlLocales, type Locale } from './format'
const moneyFormats = new Map<Locale, Intl.NumberFormat>()

function moneyFormat(locale: Locale): Intl.NumberFormat {
  let format = moneyFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(intlLocales[locale], {
      style: 'currency',
      currency: 'RUB',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2
    })
    moneyFormats.set(locale, format)
  }
  return format
}

/**
 * Kopecks as sellers read roubles: "1 234,50 ₽" / "₽1,234.50". The amount goes to Intl as an exact decimal
 * string (never kopecks / 100 as a float), so sums of any size keep every kopeck.
 */
export function formatMoney(kopecks: Kopecks, locale: Locale): string {
  if (!Number.isSafeInteger(kopecks)) return '—'
  return moneyFormat(locale).format(kopecksToDecimal(kopecks) as `${number}`)
}

const percentFormats = new Map<Locale, Intl.NumberFormat>()

/** A discount or share given in whole percent, e.g. 25 → "25 %" / "25%". */
export function formatPercent(percent: number, locale: Locale): string {
  let format = percentFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(intlLocales[locale], { style: 'unit', unit: 'percent', maximumFractionDigits: 2 })
    percentFormats.set(locale, format)
  }
  return format.format(percent)
}

const integerFormats = new Map<Locale, Intl.NumberFormat>()

/** A count with grouped digits: "1 234 567". */
export function formatCount(value: number, locale: Locale): string {
  let format = integerFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(intlLocales[locale], { maximumFractionDigits: 0 })
    integerFormats.set(locale, format)
  }
  return format.format(value)
}
