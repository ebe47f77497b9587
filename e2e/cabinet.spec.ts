import { expect, test } from './fixtures'

test('a seller adds a Wildberries cabinet with its token and syncs it', async ({ app }) => {
  const { page, sandbox } = app
  await page.getByTestId('welcome-connect').click()

  await page.getByTestId('account-name').fill('Мой магазин')
  await page.getByTestId('account-token').fill('это не токен')
  await page.getByTestId('account-save').click()
  await expect(page.getByTestId('account-form')).toContainText(/токен/i)

  await page.getByTestId('account-token').fill(sandbox.token)
  await page.getByTestId('account-save').click()
  const row = page.getByTestId('account-row').filter({ hasText: 'Мой магазин' })
  await expect(row).toBeVisible()
  await expect(row).toContainText(sandbox.token.slice(-4))
  await expect(row).not.toContainText(sandbox.token.slice(0, 20))

  await page.getByTestId('nav-products').click()
  await page.getByTestId('sync-button').click()
  await expect(page.getByTestId('products-total')).toContainText('240')
  await expect(page.getByText(/Синхронизация завершена/).first()).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('demo-banner')).toHaveCount(0)
})
