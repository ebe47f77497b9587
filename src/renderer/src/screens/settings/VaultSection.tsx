import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import type { VaultStatus } from '../../../../shared/ipc/app'
import { useAcceptWeakVault } from '../../hooks/app-status'
import { errorText } from '../../i18n/error-text'

/** How tokens are protected; when they cannot be stored, why, and the explicit choice to accept less. */
export function VaultSection({ vault }: { vault: VaultStatus }) {
  const { t } = useTranslation()
  const acceptWeak = useAcceptWeakVault()
  const reason = vault.reason === 'encryption_unavailable' || vault.reason === 'basic_text_backend' ? vault.reason : null

  function accept() {
    acceptWeak.mutate(
      { accept: true },
      {
        onSuccess: () => toast.success(t('settings.weakVaultAccepted')),
        onError: (error) => toast.error(errorText(t, error))
      }
    )
  }

  return (
    <section className="settings-section" aria-labelledby="settings-vault">
      <h2 id="settings-vault" className="settings-section__title">
        {t('settings.vault')}
      </h2>
      {vault.available ? (
        <p>{t(`settings.vaultProtection.${vault.protection}`)}</p>
      ) : (
        <div className="callout callout--warning" role="alert" data-testid="vault-warning">
          <p className="callout__title">{t('settings.vaultWarningTitle')}</p>
          <p>{reason ? t(`settings.vaultReason.${reason}`) : t('settings.vaultProtection.none')}</p>
          <p>{t('settings.vaultAdvice')}</p>
          <button type="button" className="button" onClick={accept} disabled={acceptWeak.isPending} data-testid="vault-accept-weak">
            {t('settings.acceptWeakVault')}
          </button>
        </div>
      )}
    </section>
  )
}
