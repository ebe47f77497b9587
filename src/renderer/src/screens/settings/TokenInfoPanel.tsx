import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Marketplace, TokenInfo } from '../../../../shared/domain/marketplace'
import { useFormatters } from '../../i18n/useFormatDateTime'
import { categoryName } from '../../i18n/error-text'
import { tokenExpiry } from '../../lib/token-info'

/**
 * How a marketplace's token says what it opens. WB (and Yandex Market) name a handful of method categories, each
 * worth listing; an Ozon key lists every method its roles open, dozens of paths, so only what SFERA reads counts.
 */
const accessStyles: Record<Marketplace, 'categories' | 'methods'> = {
  wildberries: 'categories',
  ozon: 'methods',
  'yandex-market': 'categories'
}

interface AccessText {
  /** What the token opens, in a few words; never empty. */
  granted: string
  /** The warning for what it lacks; null when it lacks nothing. */
  missing: string | null
}

function categoriesText(t: TFunction, info: TokenInfo, context: Marketplace): AccessText {
  const missing = info.missingCategories
  const what = missing.map((key) => t(`tokenInfo.opens.${key}`, { defaultValue: '' })).filter(Boolean).join('; ')
  const names = missing.map((key) => `«${categoryName(t, key)}»`).join(', ')
  return {
    granted:
      info.categories.length > 0
        ? info.categories.map((key) => categoryName(t, key)).join(', ')
        : t('tokenInfo.noCategories', { context }),
    missing:
      missing.length === 0
        ? null
        : what
          ? t('tokenInfo.missingLabel', { context, names, what })
          : t('tokenInfo.missingLabelNoWhat', { names })
  }
}

/** Methods that load the same thing (a list and its details) are named once. */
function methodsText(t: TFunction, info: TokenInfo, context: Marketplace): AccessText {
  const what = [...new Set(info.missingCategories.map((path) => t(`tokenInfo.methods.${path}`, { defaultValue: path })))].join(', ')
  if (info.categories.length === 0) return { granted: t('tokenInfo.noCategories', { context }), missing: null }
  if (!what) return { granted: t('tokenInfo.grantsAll'), missing: null }
  return { granted: t('tokenInfo.grantsAllBut', { what }), missing: t('tokenInfo.missingLabel', { context, what }) }
}

/**
 * What the cabinet's token says of itself, as main read it: expiry, what it opens, what some resources need and
 * it lacks, and a warning for basic tokens. The words are the marketplace's where its token differs (i18n context).
 */
export function TokenInfoPanel({ marketplace, info }: { marketplace: Marketplace; info: TokenInfo }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const context = marketplace
  const expiry = tokenExpiry(info.expiresAt, Date.now())
  const date = format.dateTime(info.expiresAt ?? '')
  const access = accessStyles[marketplace] === 'methods' ? methodsText(t, info, context) : categoriesText(t, info, context)

  return (
    <div className="token-info" data-testid="token-info">
      <dl className="token-info__facts">
        {info.kind !== 'unknown' && (
          <div>
            <dt>{t('tokenInfo.kindLabel')}</dt>
            <dd>{t(`tokenInfo.kinds.${info.kind}`)}</dd>
          </div>
        )}
        <div>
          <dt>{t('tokenInfo.expiresLabel', { context })}</dt>
          <dd
            className={expiry.state === 'expired' || expiry.state === 'soon' ? 'token-info__warn' : undefined}
            data-testid="token-expiry"
          >
            {expiry.state === 'unknown'
              ? t('tokenInfo.noExpiry', { context })
              : expiry.state === 'expired'
                ? t('tokenInfo.expired', { date })
                : expiry.state === 'soon'
                  ? t('tokenInfo.expiresSoon', { context, date, count: expiry.daysLeft })
                  : t('tokenInfo.expiresAt', { context, date })}
          </dd>
        </div>
        <div>
          <dt>{t('tokenInfo.categoriesLabel', { context })}</dt>
          <dd data-testid="token-categories">{access.granted}</dd>
        </div>
      </dl>
      {access.missing && (
        <p className="callout callout--warning" data-testid="token-missing-categories">
          {access.missing}
        </p>
      )}
      {info.kind === 'basic' && (
        <p className="callout callout--warning" role="alert" data-testid="token-basic-warning">
          {t('tokenInfo.basicWarning')}
        </p>
      )}
      {info.kind === 'test' && (
        <p className="callout callout--warning" role="alert">
          {t('tokenInfo.testWarning')}
        </p>
      )}
      {(expiry.state === 'soon' || expiry.state === 'expired') && (
        <p className="callout callout--warning" role="alert" data-testid="token-expiry-advice">
          {expiry.state === 'expired' ? t('tokenInfo.expiredAdvice', { context }) : t('tokenInfo.soonAdvice', { context })}
        </p>
      )}
    </div>
  )
}
