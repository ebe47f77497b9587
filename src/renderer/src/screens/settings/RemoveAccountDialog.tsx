import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import type { Account } from '../../../../shared/domain/marketplace'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useCallMutation } from '../../hooks/useCallMutation'
import { errorText } from '../../i18n/error-text'

/** Confirms removal: the cabinet's local data (products, sync history, token) goes with it. */
export function RemoveAccountDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation()
  const remove = useCallMutation('accounts.remove', {
    onSuccess: () => {
      toast.success(t('settings.removed', { name: account.name }))
      onClose()
    }
  })
  return (
    <ConfirmDialog
      title={t('settings.removeTitle', { name: account.name })}
      confirmLabel={t('settings.removeConfirm')}
      onConfirm={() => remove.mutate({ id: account.id })}
      onCancel={onClose}
      pending={remove.isPending}
      error={remove.error ? errorText(t, remove.error) : null}
    >
      <p>{t('settings.removeText')}</p>
    </ConfirmDialog>
  )
}
