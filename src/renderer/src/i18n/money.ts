import { kopecksToDecimal, type CurrencyCode, type Kopecks } from '../../../shared/domain/money'
import { intlLocales, type Locale } from './format'
const moneyFormats = new Map<string, Intl.NumberFormat>()

function moneyFormat(locale: Locale, currency: CurrencyCode): Intl.NumberFormat {
  const key = `${locale} ${currency}`
  let format = moneyFormats.get(key)
  if (!format) {
    const alphabetic = /^[A-Z]{3}$/.test(currency)
    format = new Intl.NumberFormat(intlLocales[locale], {
      // A currency Intl cannot name (a bare ISO number) still gets its two decimals; its code is added below.
      // Roubles as ₽; any other currency by its code, since ICU's narrow sign for BYN is the «р.» of roubles.
      ...(alphabetic ? { style: 'currency', currency, currencyDisplay: currency === 'RUB' ? 'narrowSymbol' : 'code' } : {}),
      minimumFractionDigits: 2,
      maximumFractionDigits: 2
    })
    moneyFormats.set(key, format)
  }
  return format
}

/**
 * Hundredths of a currency as sellers read it: "1 234,50 ₽" / "₽1,234.50", "10,14 BYN". The amount goes to
 * Intl as an exact decimal string (never kopecks / 100 as a float), so sums of any size keep every kopeck.
 */
export function formatMoney(kopecks: Kopecks, locale: Locale, currency: CurrencyCode = 'RUB'): string {
  if (!Number.isSafeInteger(kopecks)) return '—'
  const text = moneyFormat(locale, currency).format(kopecksToDecimal(kopecks) as `${number}`)
  return /^[A-Z]{3}$/.test(currency) ? text : `${text} (${currency})`
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
