import { useTranslation } from 'react-i18next'
import type { SaleRow } from '../../../../shared/domain/sales'
import { StatusBadge } from '../../components/values'

/** «Продажа» in green or «Возврат» in red. */
export function SaleKindBadge({ kind }: { kind: SaleRow['kind'] }) {
  const { t } = useTranslation()
  return kind === 'return' ? <StatusBadge tone="danger">{t('sales.return')}</StatusBadge> : <StatusBadge tone="success">{t('sales.sale')}</StatusBadge>
}
