import type { ReactNode } from 'react'

interface EmptyStateProps {
  title: string
  children?: ReactNode
  testId?: string
}

/** A centred message where a list or table has nothing to show, with an optional hint or action. */
export function EmptyState({ title, children, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      <p className="empty-state__title">{title}</p>
      {children && <div className="empty-state__body">{children}</div>}
    </div>
  )
}
