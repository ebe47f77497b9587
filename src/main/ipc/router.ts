import type { z } from 'zod'
import { SferaError } from '../../shared/domain/errors'
import { calls, type CallName, type CallResult } from '../../shared/ipc'
import type { EventHub } from '../events'
import type { Logger } from '../log'
import type { Handler, Handlers } from './handler'

const isCallName = (name: string): name is CallName => Object.hasOwn(calls, name)

/**
 * The one entry point for every call from every shell: checks the name against the contract, validates
 * the input with the call's schema, runs the handler, announces the tables it changed, and turns any
 * failure into a typed error. It never throws, so a bad call cannot take main down.
 */
export function createDispatcher(handlers: Handlers, events: EventHub, log: Logger) {
  return async function dispatch(name: string, rawInput: unknown): Promise<CallResult<unknown>> {
    if (!isCallName(name)) {
      return { ok: false, error: new SferaError('unknown_call', 'Неизвестный вызов').toPayload() }
    }
    const spec = calls[name]
    const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {})
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error).toPayload() }
    try {
      const handler = handlers[name] as Handler<CallName>
      const value = await handler(parsed.data as never)
      events.datasetsChanged(spec.changes)
      return { ok: true, value }
    } catch (error) {
      if (error instanceof SferaError) return { ok: false, error: error.toPayload() }
      log.error('call failed', { call: name, error: error instanceof Error ? error.message : String(error) })
      return { ok: false, error: new SferaError('internal', 'Внутренняя ошибка приложения').toPayload() }
    }
  }
}

function invalidInput(error: z.ZodError): SferaError {
  const issue = error.issues[0]
  const field = issue?.path.map(String).join('.') ?? ''
  return new SferaError('invalid_input', `Неверные данные${field ? `: ${field}` : ''}`, {
    field,
    issue: issue ? (problemOf(issue) ?? issue.code) : 'invalid',
    issues: error.issues.length
  })
}

/** A refinement names its problem in params.problem (display-name.ts): 'custom' alone would not say what to fix. */
function problemOf(issue: z.core.$ZodIssue): string | undefined {
  const problem = issue.code === 'custom' ? issue.params?.problem : undefined
  return typeof problem === 'string' ? problem : undefined
}
