import { expect, test } from './fixtures'

test('with the marketplace gone, the last synced products stay and sync explains why it failed', async ({ app }) => {
  const { page, sandbox } = app
  await page.getByTestId('welcome-connect').click()
  await page.getByTestId('account-name').fill('Основной')
  await page.getByTestId('account-token').fill(sandbox.token)
  await page.getByTestId('account-save').click()
  await expect(page.getByTestId('account-row')).toContainText('Основной')
  await page.getByTestId('nav-products').click()
  await page.getByTestId('sync-button').click()
  await expect(page.getByTestId('products-total')).toContainText('240')
  await expect(page.getByText(/Синхронизация завершена/).first()).toBeVisible({ timeout: 60_000 })

  await sandbox.close()
  await page.reload()
  await expect(page.getByTestId('products-total')).toContainText('240')

  await page.getByTestId('sync-button').click()
  await expect(page.getByTestId('offline-banner')).toBeVisible()
  await expect(page.getByText(/Нет связи/).first()).toBeVisible()
  await expect(page.getByTestId('products-total')).toContainText('240')
  await page.getByTestId('products-search').fill('SF-')
  await expect(page.getByTestId('product-row').first()).toBeVisible()
})
