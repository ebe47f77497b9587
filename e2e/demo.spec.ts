import { expect, test } from './fixtures'

test('a newcomer chooses demo data, syncs, searches products and opens one', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
  await page.getByTestId('welcome-demo').click()

  await expect(page.getByTestId('products-total')).toContainText(/1\s250/, { timeout: 60_000 })
  await expect(page.getByTestId('demo-banner')).toBeVisible()
  await expect(page.getByTestId('last-synced')).toBeVisible()

  await page.getByTestId('products-search').fill('КРУЖКА')
  await expect(page.getByTestId('products-total')).not.toContainText(/1\s250/)
  const rows = page.getByTestId('product-row')
  for (const title of await rows.locator('td:nth-child(2)').allInnerTexts()) expect(title.toLowerCase()).toContain('кружка')
  await expect(rows.first().getByTestId('marketplace-badge')).toHaveText('WB')

  await rows.first().click()
  const detail = page.getByTestId('product-detail')
  await expect(detail).toBeVisible()
  await expect(detail).toContainText(/кружка/i)
  await expect(detail.locator('img').first()).toBeVisible()
  await expect(detail.getByTestId('wildberries-product-section')).toContainText(/Характеристики/)
  await page.keyboard.press('Escape')
  await expect(detail).toBeHidden()

  const marketplaceFilter = page.getByTestId('products-marketplace-filter')
  await marketplaceFilter.selectOption('ozon')
  await expect(page.getByTestId('products-empty')).toBeVisible()
  await marketplaceFilter.selectOption('wildberries')
  await expect(rows.first()).toBeVisible()
})
