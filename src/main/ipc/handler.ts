import type { CallName, CallOutput, ParsedCallInput } from '../../shared/ipc'

export type Handler<K extends CallName> = (input: ParsedCallInput<K>) => Promise<CallOutput<K>> | CallOutput<K>

/** The handlers of one domain: exactly the contract's calls whose names start with `${domain}.`. */
export type DomainHandlers<D extends string> = {
  [K in CallName as K extends `${D}.${string}` ? K : never]: Handler<K>
}

export type Handlers = { [K in CallName]: Handler<K> }
