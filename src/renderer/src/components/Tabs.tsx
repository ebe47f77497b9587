interface Tab<K extends string> {
  key: K
  label: string
  href: string
  testId: string
}

/** Tabs of a screen, kept in the address (`#/orders/fbs`) so a reload or the back button keeps the tab. */
export function Tabs<K extends string>({ tabs, current, label }: { tabs: readonly Tab<K>[]; current: K; label: string }) {
  return (
    <nav className="tabs" aria-label={label}>
      {tabs.map((tab) => (
        <a key={tab.key} className="tabs__tab" href={tab.href} aria-current={tab.key === current ? 'page' : undefined} data-testid={tab.testId}>
          {tab.label}
        </a>
      ))}
    </nav>
  )
}
