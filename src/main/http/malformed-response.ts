import type { z } from 'zod'
import { SferaError } from '../../shared/domain/errors'

/** What a body that did not parse at all should have been. */
type UnparsedBody = 'a JSON body' | 'a JSON array'

type Issue = z.core.$ZodIssue

/**
 * A response that is not what the provider's spec says, naming the method, the field and what was expected, so a
 * changed API can be found from the seller's screenshot. Only names and types go into the error: params are shown
 * in the UI and kept in the sync history, and the response itself may hold buyers' personal data.
 *
 * `method` is the HTTP method and the spec's path (`GET /api/v1/supplier/orders`). `at` is where the validated
 * value sits in the body, e.g. its row index when a large array is validated row by row.
 */
export function malformedResponse(
  service: string,
  method: string,
  problem: UnparsedBody | z.core.$ZodError,
  at: readonly PropertyKey[] = []
): SferaError {
  const { field, expected } = typeof problem === 'string' ? { field: jsonPath(at), expected: problem } : describeIssues(problem.issues, at)
  const where = field === '' ? method : `${method}, поле ${field}`
  return new SferaError('malformed_response', `${service} ответил в неожиданном формате: ${where} — ожидалось ${expected}`, {
    service,
    method,
    field,
    expected
  })
}

/** The first issue is enough to find the change, and the message stays one line. */
function describeIssues(issues: readonly Issue[], at: readonly PropertyKey[]): { field: string; expected: string } {
  const issue = issues[0]
  if (!issue) return { field: jsonPath(at), expected: 'a valid body' }
  return { field: jsonPath([...at, ...issue.path]), expected: expectedOf(issue) }
}

/** `cards[3].sizes[0].chrtID`; a key that is not an identifier is quoted, `[12]["odd key"]`. */
function jsonPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'symbol') out += `[${String(key)}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`
    else out += `[${JSON.stringify(key)}]`
  }
  return out
}

/** A short English description of the constraint; the values quoted come from the schema, never from the body. */
function expectedOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected
    case 'invalid_value':
      return oneOf(issue.values)
    case 'too_big':
      return bound(issue.exact ? 'exactly' : issue.inclusive === false ? 'less than' : 'at most', issue.maximum, issue.origin)
    case 'too_small':
      return bound(issue.exact ? 'exactly' : issue.inclusive === false ? 'more than' : 'at least', issue.minimum, issue.origin)
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern ? `a string matching ${issue.pattern}` : `a string in ${issue.format} format`
    case 'not_multiple_of':
      return `a multiple of ${issue.divisor}`
    case 'unrecognized_keys':
      // The extra keys themselves are not named: in a map-like object they can be data.
      return 'no other keys'
    case 'invalid_union':
      return unionExpected(issue)
    case 'invalid_key':
      return `a valid ${issue.origin} key`
    case 'invalid_element':
      return `a valid ${issue.origin} element`
    case 'custom':
      return issue.message
  }
}

function unionExpected(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  if ('options' in issue && issue.options?.length) return oneOf(issue.options)
  // Branches that failed on the value itself say what it could have been: `string or number`.
  const firsts = issue.errors.map((branch) => branch[0])
  if (firsts.length > 0 && firsts.every((first): first is Issue => first !== undefined && first.path.length === 0)) {
    return [...new Set(firsts.map(expectedOf))].join(' or ')
  }
  return 'one of the allowed shapes'
}

function oneOf(values: readonly unknown[]): string {
  return values.length === 1 ? String(values[0]) : `one of: ${values.map(String).join(', ')}`
}

function bound(relation: string, limit: number | bigint, origin: string): string {
  const unit = origin === 'string' ? ' character' : origin === 'array' || origin === 'set' ? ' item' : ''
  return `${relation} ${limit}${unit}${unit && Number(limit) !== 1 ? 's' : ''}`
}
