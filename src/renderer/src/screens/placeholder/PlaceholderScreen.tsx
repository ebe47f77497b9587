import { useTranslation } from 'react-i18next'
import type { PlaceholderScreen as PlaceholderScreenId } from '../../app/routes'

/** An honest stand-in for a section that is not built yet: what it will do, and no made-up data. */
export function PlaceholderScreen({ screen }: { screen: PlaceholderScreenId }) {
  const { t } = useTranslation()
  return (
    <section className="screen screen--placeholder" aria-labelledby="placeholder-title" data-testid={`placeholder-${screen}`}>
      <h1 id="placeholder-title" className="screen__title">
        {t(`nav.${screen}`)}
      </h1>
      <div className="placeholder">
        <p className="placeholder__soon">{t('placeholder.soon')}:</p>
        <p>{t(`placeholder.${screen}`)}</p>
      </div>
    </section>
  )
}
