import { useTranslation } from 'react-i18next'
import type { OrderStatus } from '../../../../shared/domain/orders'
import { StatusBadge } from '../../components/values'
import type { StatusTone } from '../../lib/wb-statuses'

const toneOf: Record<OrderStatus, StatusTone> = {
  placed: 'neutral',
  in_assembly: 'warning',
  shipped: 'accent',
  delivered: 'success',
  cancelled: 'danger',
  returned: 'danger'
}

/** An order line's status in the one vocabulary of every marketplace; the marketplace's own word on hover. */
export function OrderStatusBadge({ status, title }: { status: OrderStatus; title?: string | undefined }) {
  const { t } = useTranslation()
  return (
    <StatusBadge tone={toneOf[status]} {...(title ? { title } : {})}>
      {t(`orders.statuses.${status}`)}
    </StatusBadge>
  )
}
