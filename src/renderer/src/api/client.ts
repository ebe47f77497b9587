import { SferaError } from '../../../shared/domain/errors'
import { splitCallName, type CallInput, type CallName, type CallOutput, type CallResult, type SferaApi } from '../../../shared/ipc'
import { createHttpSfera } from './http-transport'

/** The contract's surface: the Electron preload's object, or the same API over HTTP in the browser host. */
export const sfera: SferaApi = window.sfera ?? createHttpSfera()

type RawCall = (input: unknown) => Promise<CallResult<unknown>>

function rawCall(name: CallName): RawCall {
  const [domain, method] = splitCallName(name)
  const fn = (sfera as unknown as Record<string, Record<string, RawCall> | undefined>)[domain]?.[method]
  if (!fn) throw new SferaError('unknown_call', `window.sfera has no ${name}`)
  return fn
}

/** Calls main and unwraps the result: resolves with the value or throws the SferaError main reported. */
export async function invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = (await rawCall(name)(input)) as CallResult<CallOutput<K>>
  if (result.ok) return result.value
  throw SferaError.fromPayload(result.error)
}
