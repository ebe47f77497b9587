import { expect, test } from './fixtures'

test('a newcomer chooses demo data, syncs a WB and an Ozon demo cabinet, searches products and opens one', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
  await page.getByTestId('welcome-demo').click()

  // 1 250 WB cards and 500 Ozon products.
  await expect(page.getByTestId('products-total')).toContainText(/1\s750/, { timeout: 60_000 })
  await expect(page.getByTestId('demo-banner')).toBeVisible()
  await expect(page.getByTestId('last-synced')).toBeVisible()

  await page.getByTestId('products-search').fill('КРУЖКА')
  await expect(page.getByTestId('products-total')).not.toContainText(/1\s750/)
  const rows = page.getByTestId('product-row')
  for (const title of await rows.locator('td:nth-child(2)').allInnerTexts()) expect(title.toLowerCase()).toContain('кружка')

  const badged = (short: string) => rows.filter({ has: page.getByTestId('marketplace-badge').getByText(short, { exact: true }) })
  await badged('WB').first().click()
  const detail = page.getByTestId('product-detail')
  await expect(detail).toBeVisible()
  await expect(detail).toContainText(/кружка/i)
  await expect(detail.locator('img').first()).toBeVisible()
  await expect(detail.getByTestId('wildberries-product-section')).toContainText(/Характеристики/)
  await page.keyboard.press('Escape')
  await expect(detail).toBeHidden()

  await page.getByTestId('products-search').fill('')
  const marketplaceFilter = page.getByTestId('products-marketplace-filter')
  await marketplaceFilter.selectOption('ozon')
  await expect(page.getByTestId('products-total')).toContainText(/из 500$/)
  for (const badge of await rows.getByTestId('marketplace-badge').allInnerTexts()) expect(badge).toBe('Ozon')
  await rows.first().click()
  await expect(detail.getByTestId('ozon-product-section')).toBeVisible()
  await page.keyboard.press('Escape')
  await marketplaceFilter.selectOption('wildberries')
  await expect(page.getByTestId('products-total')).toContainText(/из 1\s250$/)
  for (const badge of await rows.getByTestId('marketplace-badge').allInnerTexts()) expect(badge).toBe('WB')
})
