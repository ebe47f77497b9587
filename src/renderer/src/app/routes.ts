/** The sidebar's sections, in order. */
export const screens = [
  'products',
  'stocks',
  'orders',
  'sales',
  'supplies',
  'counterparties',
  'uploads',
  'integrations',
  'settings'
] as const
export type Screen = (typeof screens)[number]

/** Sections that only describe what they will do; they show no data yet. */
export const placeholderScreens = ['counterparties', 'uploads', 'integrations'] as const
export type PlaceholderScreen = (typeof placeholderScreens)[number]

export interface Route {
  screen: Screen
  /** What follows the screen in the hash, e.g. 'add' in `#/settings/add`. */
  section: string | null
}

/** Addresses of earlier versions that still lead to their screen. */
const screenAliases: Readonly<Record<string, Screen>> = { stock: 'stocks' }

/** `#/<screen>[/<section>]`; anything else (including an empty hash) opens the products screen. */
export function parseRoute(hash: string): Route {
  const [first = '', second] = hash.replace(/^#\/?/, '').split('/')
  const screen = screens.find((candidate) => candidate === first) ?? screenAliases[first] ?? 'products'
  return { screen, section: second || null }
}

export function routeHref(screen: Screen, section?: string): string {
  return section ? `#/${screen}/${section}` : `#/${screen}`
}

export function isPlaceholderScreen(screen: Screen): screen is PlaceholderScreen {
  return (placeholderScreens as readonly string[]).includes(screen)
}
