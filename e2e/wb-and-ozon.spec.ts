import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'

test.use({
  sandboxOptions: { cardCount: 120, fbsOrderCount: 100, orderCount: 600, saleCount: 400 },
  ozonSandboxOptions: { products: 120, postings: 400 }
})

test('a seller with a WB and an Ozon cabinet sees both in one table, opens an Ozon posting, packs two and downloads their labels', async ({ app }) => {
  const { page, sandbox, ozon } = app
  // Two buyers ordered this morning: their postings wait to be packed.
  const fresh = ozon.addNewPostings(2)
  await page.getByTestId('welcome-connect').click()
  await page.getByTestId('account-name').fill('Wildberries')
  await page.getByTestId('account-token').fill(sandbox.token)
  await page.getByTestId('account-save').click()
  await expect(page.getByTestId('account-row')).toHaveCount(1)

  await page.getByTestId('account-add').click()
  await page.getByTestId('account-marketplace').selectOption('ozon')
  await page.getByTestId('account-name').fill('Ozon')
  await page.getByTestId('account-clientId').fill(ozon.clientId)
  await page.getByTestId('account-apiKey').fill(ozon.apiKey)
  await page.getByTestId('account-save').click()
  await expect(page.getByTestId('account-row')).toHaveCount(2)
  // /v1/roles gave the key's expiry: the Ozon cabinet shows when it runs out.
  await expect(page.getByTestId('token-info').filter({ hasText: 'Ключ Ozon' })).toContainText(/действует до/)

  await page.getByTestId('nav-stocks').click()
  await page.getByTestId('sync-button').click()
  await expect(page.getByText(/Синхронизация завершена/).first()).toBeVisible({ timeout: 90_000 })

  const badgesOf = async (rowTestId: string) => new Set(await page.getByTestId(rowTestId).getByTestId('marketplace-badge').allInnerTexts())
  await expect(page.getByTestId('stock-row').first()).toBeVisible()
  await expect.poll(() => badgesOf('stock-row')).toEqual(new Set(['WB', 'Ozon']))
  await page.getByTestId('stocks-marketplace-filter').selectOption('ozon')
  await expect.poll(() => badgesOf('stock-row')).toEqual(new Set(['Ozon']))

  await page.getByTestId('nav-orders').click()
  await page.getByTestId('orders-tab-all').click()
  await expect(page.getByTestId('order-row').first()).toBeVisible()
  await expect.poll(() => badgesOf('order-row')).toEqual(new Set(['WB', 'Ozon']))
  await page.getByTestId('orders-marketplace-filter').selectOption('ozon')
  await expect.poll(() => badgesOf('order-row')).toEqual(new Set(['Ozon']))
  await page.getByTestId('order-row').first().click()
  const section = page.getByTestId('ozon-order-section')
  await expect(section).toBeVisible()
  await expect(section).toContainText(/\d{8}-\d{4}-\d/)
  await page.keyboard.press('Escape')

  await page.getByTestId('orders-tab-packaging').click()
  await page.getByTestId('packaging-stage').selectOption('to_pack')
  const rowOf = (posting: string) => page.locator(`[data-testid="packaging-row"][data-posting="${posting}"]`)
  for (const posting of fresh) await rowOf(posting).getByTestId('packaging-select').check()
  await page.getByTestId('packaging-pack').click()
  await expect(page.getByTestId('packaging-result-summary')).toHaveText('Собрано 2 из 2')

  // Ozon prints labels 45–60 seconds after packing.
  app.advanceOzonClock(60_000)
  await page.getByTestId('packaging-stage').selectOption('packed')
  for (const posting of fresh) await rowOf(posting).getByTestId('packaging-select').check()
  const download = page.waitForEvent('download')
  await page.getByTestId('packaging-labels').click()
  await expect(page.getByTestId('packaging-result-summary')).toHaveText('Этикетки получены для 2 из 2')
  const pdf = await readFile(await (await download).path())
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')

  // The label stays in the data folder: it opens again without asking Ozon.
  const saved = page.getByTestId('saved-label').filter({ hasText: fresh[0]! })
  await expect(saved).toBeVisible()
  const again = page.waitForEvent('download')
  await saved.getByTestId('saved-label-open').click()
  expect((await readFile(await (await again).path())).equals(pdf)).toBe(true)

  // Two more buyers: «Обновить» brings their postings without a full sync.
  const later = ozon.addNewPostings(2)
  await page.getByTestId('packaging-stage').selectOption('to_pack')
  await page.getByTestId('packaging-refresh').click()
  await expect(page.getByTestId('packaging-refresh-summary')).toContainText('Обновлено')
  for (const posting of later) await expect(rowOf(posting)).toBeVisible()
})
