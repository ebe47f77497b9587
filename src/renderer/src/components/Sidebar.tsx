import { useTranslation } from 'react-i18next'
import { routeHref, screens, type Screen } from '../app/routes'

export function Sidebar({ current }: { current: Screen }) {
  const { t } = useTranslation()
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="sidebar__brand">SFERA</div>
      <ul className="sidebar__list">
        {screens.map((screen) => (
          <li key={screen}>
            <a
              className="sidebar__link"
              href={routeHref(screen)}
              aria-current={screen === current ? 'page' : undefined}
              data-testid={`nav-${screen}`}
            >
              {t(`nav.${screen}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
