import type { Kopecks } from '../../../shared/domain/money'

/**
 * WB's statistics and supplies APIs send roubles as JSON numbers with at most two decimals. value * 100 lands
 * within a hair of the whole number of kopecks (0.29 * 100 = 28.999999999999996), so rounding is exact.
 * A -0 (from -0.001) is stored as 0.
 */
export function rublesToKopecks(value: number): Kopecks {
  return Math.round(value * 100) || 0
}
