import { useTranslation } from 'react-i18next'
import { useAppStatus } from '../../hooks/app-status'
import { AccountsSection } from './AccountsSection'
import { LanguageSection } from './LanguageSection'
import { SyncScheduleSection } from './SyncScheduleSection'
import { VaultSection } from './VaultSection'

export function SettingsScreen({ section }: { section: string | null }) {
  const { t } = useTranslation()
  const status = useAppStatus().data
  return (
    <div className="screen screen--settings">
      <h1 className="screen__title">{t('settings.title')}</h1>
      {status && <VaultSection vault={status.vault} />}
      <AccountsSection adding={section === 'add'} />
      <SyncScheduleSection />
      <LanguageSection />
      {status && (
        <section className="settings-section" aria-labelledby="settings-about">
          <h2 id="settings-about" className="settings-section__title">
            {t('settings.about')}
          </h2>
          <p>{t('settings.version', { version: status.version })}</p>
          <p className="muted">{t('settings.dataDir', { dir: status.dataDir })}</p>
        </section>
      )}
    </div>
  )
}
