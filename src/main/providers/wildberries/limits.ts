import type { RateBudgetSpec } from '../../http'

/**
 * WB rate limits per seller account and method group (02-items.yaml "Лимит запросов", GROUND-TRUTH §1.6).
 * Every job of one account shares the group's budget.
 */
export const wbBudgets = {
  content: { limit: 100, periodMs: 60_000, burst: 5 }
} as const satisfies Record<string, RateBudgetSpec>

export type WbBudgetGroup = keyof typeof wbBudgets

export const wbCardsPageLimit = 100
