import { expect, test } from './fixtures'

test.use({ sandboxOptions: { cardCount: 240, fbsOrderCount: 400, orderCount: 3000, saleCount: 2500 } })

test('a seller syncs everything of a cabinet and creates an FBS supply from new orders', async ({ app }) => {
  const { page, sandbox } = app
  await page.getByTestId('welcome-connect').click()
  await page.getByTestId('account-name').fill('Основной')
  await page.getByTestId('account-token').fill(sandbox.token)
  await page.getByTestId('account-save').click()
  await expect(page.getByTestId('account-row')).toContainText('Основной')

  await page.getByTestId('nav-products').click()
  await page.getByTestId('sync-button').click()
  await expect(page.getByText(/Синхронизация завершена/).first()).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('products-total')).toContainText('240')

  await page.getByTestId('nav-stocks').click()
  await expect(page.getByTestId('stock-row').first()).toBeVisible()
  await expect(page.getByTestId('stocks-total')).toContainText('На своём складе · FBS')
  await expect(page.getByTestId('stocks-total')).toContainText('На складе маркетплейса · FBW')

  await page.getByTestId('nav-sales').click()
  await expect(page.getByTestId('sale-row').first()).toBeVisible()
  await expect(page.getByTestId('sales-totals')).toContainText('₽')

  await page.getByTestId('nav-orders').click()
  await page.getByTestId('orders-tab-all').click()
  await expect(page.getByTestId('order-row').first()).toBeVisible()
  await expect(page.getByTestId('orders-totals')).toContainText('₽')
  await page.getByTestId('order-row').first().click()
  await expect(page.getByTestId('wildberries-order-section')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('order-detail')).toBeHidden()

  await page.getByTestId('orders-tab-fbs').click()
  await expect(page.getByTestId('fbs-order-row').first()).toBeVisible()
  const selectable = page.getByTestId('fbs-order-select').and(page.locator(':not([disabled])'))
  await selectable.nth(0).check()
  await selectable.nth(1).check()
  await page.getByTestId('create-supply').click()
  await page.getByTestId('supply-name').fill('Отгрузка на завтра')
  await page.getByTestId('supply-create-confirm').click()
  await expect(page.getByText(/Поставка .*создана|создана/i).first()).toBeVisible({ timeout: 30_000 })

  await page.getByTestId('nav-supplies').click()
  await page.getByTestId('supplies-tab-fbs').click()
  const supply = page.getByTestId('fbs-supply-row').filter({ hasText: 'Отгрузка на завтра' })
  await expect(supply).toBeVisible()
  await expect(supply).toContainText('2')
})
