/// <reference types="vite/client" />
import type { SferaApi } from '../../shared/ipc'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host, where api/http-transport builds it. */
    sfera?: SferaApi
  }
}

export {}
