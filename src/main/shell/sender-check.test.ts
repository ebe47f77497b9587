import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isAppUrl, isTrustedSender } from './sender-check'

const packagedIndex = pathToFileURL('/opt/SFERA/resources/app.asar/out/renderer/index.html').href
const devServer = 'http://localhost:5173/'
const trusted = { webContentsId: 7, appUrl: packagedIndex }
const ownFrame = { frameUrl: `${packagedIndex}#/products`, isMainFrame: true, webContentsId: 7 }

describe('isTrustedSender', () => {
  it("accepts the app window's main frame on the app page", () => {
    expect(isTrustedSender(ownFrame, trusted)).toBe(true)
  })

  it.each([
    ['a sub-frame', { ...ownFrame, isMainFrame: false }],
    ['another webContents', { ...ownFrame, webContentsId: 8 }],
    ['a destroyed frame', { ...ownFrame, frameUrl: null }],
    ['a foreign site', { ...ownFrame, frameUrl: 'https://evil.test/' }],
    ['another local file', { ...ownFrame, frameUrl: 'file:///home/mallory/evil.html' }],
    ['a look-alike path', { ...ownFrame, frameUrl: `${packagedIndex}.evil.html` }],
    ['a file on another host', { ...ownFrame, frameUrl: packagedIndex.replace('file:///', 'file://evil-share/') }],
    ['a data: URL', { ...ownFrame, frameUrl: 'data:text/html,<script>1</script>' }],
    ['garbage', { ...ownFrame, frameUrl: 'not a url' }]
  ])('refuses %s', (_label, sender) => {
    expect(isTrustedSender(sender, trusted)).toBe(false)
  })

  it('trusts the dev server by origin only', () => {
    const dev = { webContentsId: 7, appUrl: devServer }
    expect(isTrustedSender({ ...ownFrame, frameUrl: 'http://localhost:5173/#/accounts' }, dev)).toBe(true)
    expect(isTrustedSender({ ...ownFrame, frameUrl: 'http://localhost:5174/' }, dev)).toBe(false)
    expect(isTrustedSender({ ...ownFrame, frameUrl: 'https://localhost:5173/' }, dev)).toBe(false)
    expect(isTrustedSender({ ...ownFrame, frameUrl: 'http://localhost.evil.test:5173/' }, dev)).toBe(false)
  })
})

describe('isAppUrl', () => {
  it('matches file URLs however the path is percent-encoded', () => {
    const cyrillic = pathToFileURL('/home/Иван/SFERA/out/renderer/index.html').href
    expect(isAppUrl('file:///home/%D0%98%D0%B2%D0%B0%D0%BD/SFERA/out/renderer/index.html', cyrillic)).toBe(true)
    expect(isAppUrl('file:///home/Иван/SFERA/out/renderer/index.html', cyrillic)).toBe(true)
  })

  it('never matches a malformed escape', () => {
    expect(isAppUrl('file:///home/%E0%A4%A/index.html', 'file:///home/%E0%A4%A/index.html')).toBe(false)
  })

  it('refuses any app URL that is neither file nor http(s)', () => {
    expect(isAppUrl('app://sfera/index.html', 'app://sfera/index.html')).toBe(false)
  })
})
