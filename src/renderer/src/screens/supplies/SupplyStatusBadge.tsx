import { useTranslation } from 'react-i18next'
import { StatusBadge } from '../../components/values'

/** An FBS supply's state, open or handed over for delivery: shown by the supplies list and the supply's panel. */
export function SupplyStatusBadge({ done }: { done: boolean }) {
  const { t } = useTranslation()
  return <StatusBadge tone={done ? 'success' : 'accent'}>{done ? t('supplies.done') : t('supplies.open')}</StatusBadge>
}
