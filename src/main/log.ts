/**
 * The core's logger. It writes structured lines to stderr; callers pass context objects, never secrets.
 * Values under keys that look secret are masked anyway, as a second line of defence.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void
  info(message: string, context?: Record<string, unknown>): void
  warn(message: string, context?: Record<string, unknown>): void
  error(message: string, context?: Record<string, unknown>): void
}

const secretKey = /token|secret|password|authorization|api[-_]?key/i

export function redact(context: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(context)) {
    out[key] = secretKey.test(key) ? '[redacted]' : value
  }
  return out
}

export function createLogger(minLevel: LogLevel = 'info', write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const order: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 }
  const emit = (level: LogLevel, message: string, context?: Record<string, unknown>) => {
    if (order[level] < order[minLevel]) return
    const line = { t: new Date().toISOString(), level, message, ...(context ? redact(context) : {}) }
    write(JSON.stringify(line))
  }
  return {
    debug: (m, c) => emit('debug', m, c),
    info: (m, c) => emit('info', m, c),
    warn: (m, c) => emit('warn', m, c),
    error: (m, c) => emit('error', m, c)
  }
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} }
