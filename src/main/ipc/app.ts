import { SferaError } from '../../shared/domain/errors'
import type { AppStatus } from '../../shared/ipc/app'
import type { KeyValueStore, SecretCipher, SettingsData } from '../core-types'
import { demoSandboxOrigins } from '../services/demo'
import type { DomainHandlers } from './handler'

export interface AppHandlersDeps {
  shell: AppStatus['shell']
  version: string
  dataDir: string
  cipher: SecretCipher
  settings: KeyValueStore<SettingsData>
  /** Opens a URL in the system browser; only the Electron shell has one. */
  openExternal?: (url: string) => Promise<boolean>
}

export function appHandlers(deps: AppHandlersDeps): DomainHandlers<'app'> {
  return {
    'app.status': async () => ({
      version: deps.version,
      shell: deps.shell,
      dataDir: deps.dataDir,
      vault: await deps.cipher.status(),
      locale: deps.settings.get('locale') ?? 'ru',
      demoSandboxOrigins: demoSandboxOrigins(deps.settings)
    }),
    'app.setLocale': (input) => {
      deps.settings.set('locale', input.locale)
      return { locale: input.locale }
    },
    'app.acceptWeakVault': async () => {
      if (!deps.cipher.acceptWeak) throw new SferaError('invalid_input', 'Защита хранилища уже надёжная')
      return deps.cipher.acceptWeak()
    },
    'app.openExternal': async (input) => ({ opened: deps.openExternal ? await deps.openExternal(input.url) : false })
  }
}
