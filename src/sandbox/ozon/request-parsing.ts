/**
 * Reading request bodies the way Ozon's gateway (grpc-gateway over protobuf) does: a JSON object whose unknown
 * fields are ignored (the spec's own request examples carry some), `null` meaning unset, int64 given as a number
 * or a decimal string, enums by name. A body it cannot decode, and a value a method's validation rules refuse,
 * are 400 `{code: 3}`. The message texts are the sandbox's wording after protojson and protoc-gen-validate; the
 * spec quotes one ("Request validation error: invalid ProductsStocksRequest.Stocks[0]: …", tag Errors).
 */

export class RequestError extends Error {}

/** A validation rule broken: `Request validation error: invalid GetProductListRequest.Limit: value must be …`. */
export function ruleBroken(message: string, field: string, rule: string): RequestError {
  return new RequestError(`Request validation error: invalid ${message}.${field}: ${rule}`)
}

export function parseBody(text: string): Fields {
  // grpc-gateway reads an empty body as an empty message.
  if (text.trim() === '') return new Fields({}, '')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new RequestError('proto: syntax error: the request body is not valid JSON')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RequestError('proto: syntax error: the request body must be a JSON object')
  }
  return new Fields(value as Record<string, unknown>, '')
}

const int64Text = /^-?\d{1,19}$/
const INT64_MAX = 9_223_372_036_854_775_807n

/** An int64 as protojson takes it, in canonical decimal text; undefined when it is not one. */
function int64Of(value: unknown): string | undefined {
  let text: string
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return undefined
    text = BigInt(value).toString()
  } else if (typeof value === 'string' && int64Text.test(value)) {
    text = value
  } else {
    return undefined
  }
  const big = BigInt(text)
  return big <= INT64_MAX && big >= -INT64_MAX - 1n ? big.toString() : undefined
}

export class Fields {
  constructor(private readonly source: Record<string, unknown>, private readonly path: string) {}

  private value(name: string): unknown {
    const value = Object.hasOwn(this.source, name) ? this.source[name] : undefined
    return value === null ? undefined : value
  }

  private refuse(name: string, kind: string, value: unknown): RequestError {
    return new RequestError(`proto: invalid value for ${kind} field ${this.path}${name}: ${JSON.stringify(value)}`)
  }

  has(name: string): boolean {
    return this.value(name) !== undefined
  }

  string(name: string): string | undefined {
    const value = this.value(name)
    if (value === undefined) return undefined
    if (typeof value !== 'string') throw this.refuse(name, 'string', value)
    return value
  }

  bool(name: string): boolean | undefined {
    const value = this.value(name)
    if (value === undefined) return undefined
    if (typeof value !== 'boolean') throw this.refuse(name, 'bool', value)
    return value
  }

  /** An int32/int64 field as a JS number; ids beyond 2^53 do not occur in the sandbox's world. */
  integer(name: string): number | undefined {
    const value = this.value(name)
    if (value === undefined) return undefined
    const text = int64Of(value)
    if (text === undefined) throw this.refuse(name, 'int64', value)
    return Number(text)
  }

  /** A repeated int64 field, each id in canonical decimal text. */
  int64List(name: string): string[] | undefined {
    const value = this.value(name)
    if (value === undefined) return undefined
    if (!Array.isArray(value)) throw this.refuse(name, 'repeated int64', value)
    return value.map((item) => {
      const text = int64Of(item)
      if (text === undefined) throw this.refuse(name, 'int64', item)
      return text
    })
  }

  stringList(name: string): string[] | undefined {
    const value = this.value(name)
    if (value === undefined) return undefined
    if (!Array.isArray(value)) throw this.refuse(name, 'repeated string', value)
    return value.map((item) => {
      if (typeof item !== 'string') throw this.refuse(name, 'string', item)
      return item
    })
  }

  object(name: string): Fields | undefined {
    const value = this.value(name)
    if (value === undefined) return undefined
    if (typeof value !== 'object' || Array.isArray(value)) throw this.refuse(name, 'message', value)
    return new Fields(value as Record<string, unknown>, `${this.path}${name}.`)
  }

  /** A repeated message field, each item read like the body. */
  objectList(name: string): Fields[] | undefined {
    const value = this.value(name)
    if (value === undefined) return undefined
    if (!Array.isArray(value)) throw this.refuse(name, 'repeated message', value)
    return value.map((item, k) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw this.refuse(`${name}[${k}]`, 'message', item)
      return new Fields(item as Record<string, unknown>, `${this.path}${name}[${k}].`)
    })
  }

  /** An enum by name; protojson also takes the number, which no client of these methods sends. */
  enumValue<T extends string>(name: string, values: readonly T[], { ignoreCase = false } = {}): T | undefined {
    const value = this.value(name)
    if (value === undefined) return undefined
    const found = typeof value === 'string'
      ? values.find((candidate) => (ignoreCase ? candidate.toUpperCase() === value.toUpperCase() : candidate === value))
      : undefined
    if (found === undefined) throw this.refuse(name, 'enum', value)
    return found
  }
}
