import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// conf and electron-store are ESM-only while main is CJS: bundle them instead of requiring them at run time.
const bundledEsmDeps = ['electron-store', 'conf']

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: bundledEsmDeps },
      rollupOptions: {
        input: {
          // The Electron shell and the browser host are two entries over one core.
          index: resolve(__dirname, 'src/main/index.ts'),
          host: resolve(__dirname, 'src/main/host/cli.ts'),
          // Worker threads (src/main/workers.ts): each a bundle next to the entries that start it.
          'page-writer': resolve(__dirname, 'src/main/sync/page-writer/worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but `electron`: bundle everything else into it.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
