import { useTranslation } from 'react-i18next'
import type { TokenInfo } from '../../../../shared/domain/marketplace'
import { useFormatters } from '../../i18n/useFormatDateTime'
import { categoryName } from '../../i18n/error-text'
import { tokenExpiry } from '../../lib/token-info'

/**
 * What the cabinet's token says of itself, as main read it: expiry, granted categories, the ones some resources
 * need and it lacks, and a warning for basic tokens.
 */
export function TokenInfoPanel({ info }: { info: TokenInfo }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const expiry = tokenExpiry(info.expiresAt, Date.now())
  const categories = info.categories.map((key) => categoryName(t, key))
  const missing = info.missingCategories

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
          <dt>{t('tokenInfo.expiresLabel')}</dt>
          <dd
            className={expiry.state === 'expired' || expiry.state === 'soon' ? 'token-info__warn' : undefined}
            data-testid="token-expiry"
          >
            {expiry.state === 'unknown'
              ? t('tokenInfo.noExpiry')
              : expiry.state === 'expired'
                ? t('tokenInfo.expired', { date: format.dateTime(info.expiresAt ?? '') })
                : expiry.state === 'soon'
                  ? t('tokenInfo.expiresSoon', { date: format.dateTime(info.expiresAt ?? ''), count: expiry.daysLeft })
                  : t('tokenInfo.expiresAt', { date: format.dateTime(info.expiresAt ?? '') })}
          </dd>
        </div>
        <div>
          <dt>{t('tokenInfo.categoriesLabel')}</dt>
          <dd data-testid="token-categories">{categories.length > 0 ? categories.join(', ') : t('tokenInfo.noCategories')}</dd>
        </div>
      </dl>
      {missing.length > 0 && (
        <p className="callout callout--warning" data-testid="token-missing-categories">
          {t('tokenInfo.missingLabel', {
            names: missing.map((key) => `«${categoryName(t, key)}»`).join(', '),
            what: missing.map((key) => t(`tokenInfo.opens.${key}`, { defaultValue: '' })).filter(Boolean).join('; ')
          })}
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
        <p className="callout callout--warning" role="alert">
          {expiry.state === 'expired' ? t('tokenInfo.expiredAdvice') : t('tokenInfo.soonAdvice')}
        </p>
      )}
    </div>
  )
}
