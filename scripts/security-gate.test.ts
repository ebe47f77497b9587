import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const repo = join(__dirname, '..')
const fixtures: string[] = []

function fixture(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(join(tmpdir(), 'sfera-gate-'))
  fixtures.push(dir)
  for (const [path, text] of Object.entries(files)) {
    fs.mkdirSync(dirname(join(dir, path)), { recursive: true })
    fs.writeFileSync(join(dir, path), text)
  }
  return dir
}

async function runGate(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(repo, 'scripts/security-gate.mjs'), dir])
    return { code: 0, output: stdout }
  } catch (error) {
    const failed = error as { code: number; stdout: string }
    return { code: failed.code, output: failed.stdout }
  }
}

afterAll(() => {
  for (const dir of fixtures) fs.rmSync(dir, { recursive: true, force: true })
})

// Each run takes ~8 s, mostly Electronegativity failing to fetch Electron's release list offline.
describe.concurrent('security gate', () => {
  it('fails an app shaped like the stock electron-vite template, naming every problem', { timeout: 60_000 }, async () => {
    const dir = fixture({
      'src/main/index.ts': [
        "import { app, BrowserWindow, shell } from 'electron'",
        'app.whenReady().then(() => {',
        '  const win = new BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true, sandbox: false } })',
        "  win.webContents.setWindowOpenHandler((d) => { shell.openExternal(d.url); return { action: 'deny' } })",
        "  win.loadURL('http://example.com/app')",
        '})'
      ].join('\n'),
      'src/preload/index.ts': [
        "import { contextBridge, ipcRenderer } from 'electron'",
        "import { electronAPI } from '@electron-toolkit/preload'",
        "contextBridge.exposeInMainWorld('api', {",
        '  ipc: ipcRenderer,',
        '  subscribe: (channel: string, callback: (...a: unknown[]) => void) => ipcRenderer.on(channel, callback)',
        '})',
        "contextBridge.exposeInMainWorld('electron', electronAPI)"
      ].join('\n'),
      'src/main/db.ts': "import Store from 'electron-store'\nimport { ipcMain } from 'electron'\nipcMain.handle('x', () => new Store())\n",
      'src/main/broken.ts': 'export const broken = (\n',
      'out/preload/index.js': 'const z = require("zod");\nrequire("electron");\n'
    })
    const { code, output } = await runGate(dir)
    expect(code).toBe(1)
    for (const expected of [
      /FAIL CONTEXT_ISOLATION_JS_CHECK HIGH/,
      /FAIL SANDBOX_JS_CHECK/,
      /FAIL HTTP_RESOURCES_JS_CHECK/,
      /FAIL PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK/,
      /FAIL CSP_GLOBAL_CHECK/,
      /FAIL unparsed file src\/main\/broken\.ts/,
      /OPEN_EXTERNAL_JS_CHECK .* not reviewed yet/,
      /FAIL no @electron-toolkit\/preload/,
      /FAIL exposeInMainWorld never hands ipcRenderer/,
      /FAIL no ipcRenderer listener that forwards the raw IpcRendererEvent/,
      /FAIL ipcMain handlers only in src\/main\/shell\/ipc-bridge\.ts[^\n]*\n\s+src\/main\/db\.ts/,
      /FAIL electron \(and electron-store[^\n]*\n\s+src\/main\/db\.ts/,
      /FAIL no insecure webPreferences literal[^\n]*\n\s+src\/main\/index\.ts/,
      /FAIL out\/preload\/index\.js requires zod/
    ]) {
      expect(output).toMatch(expected)
    }
  })

  it("passes the shell's real entry, window, bridge and preload", { timeout: 60_000 }, async () => {
    const shellFiles = ['src/main/index.ts', 'src/main/csp.ts', 'src/preload/index.ts']
    for (const name of fs.readdirSync(join(repo, 'src/main/shell'))) shellFiles.push(`src/main/shell/${name}`)
    const csp = "default-src 'self'; script-src 'self'"
    const dir = fixture({
      ...Object.fromEntries(shellFiles.map((file) => [file, fs.readFileSync(join(repo, file), 'utf8')])),
      'src/renderer/index.html': `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head></html>`,
      'out/preload/index.js': 'let electron = require("electron");\n'
    })
    const { code, output } = await runGate(dir)
    expect(output).toMatch(/Security gate: passed/)
    expect(code).toBe(0)
    expect(output).not.toMatch(/not reviewed yet/)
  })
})
