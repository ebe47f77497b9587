import type { z } from 'zod'
import { SferaError } from '../../../../shared/domain/errors'
import { isTokenIssue } from '../../i18n/error-text'

export const accountFields = ['marketplace', 'name', 'token'] as const
export type AccountField = (typeof accountFields)[number]

/** What is wrong with one field, as a key of `validation.*` in the catalogs. */
export type FieldProblem =
  | { key: 'required' | 'invalid' | 'bearer_prefix' | 'not_a_jwt' | 'expired' }
  | { key: 'tooLong'; max: number }
  | { key: 'missing_categories'; missing: string }

export type FieldProblems = Partial<Record<AccountField, FieldProblem>>

function isAccountField(value: unknown): value is AccountField {
  return (accountFields as readonly unknown[]).includes(value)
}

function problemOfZodCode(code: unknown): FieldProblem {
  return code === 'too_small' ? { key: 'required' } : { key: 'invalid' }
}

/** Field problems from the contract schema's own validation, run before anything is sent. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldProblems {
  const problems: FieldProblems = {}
  for (const issue of issues) {
    const field = issue.path[0]
    if (!isAccountField(field) || problems[field]) continue
    problems[field] =
      issue.code === 'too_big' ? { key: 'tooLong', max: Number(issue.maximum) } : problemOfZodCode(issue.code)
  }
  return problems
}

/** Field problems main reported (invalid_input with params.field); other errors belong to the whole form. */
export function problemsFromError(error: unknown): FieldProblems {
  if (!(error instanceof SferaError) || error.code !== 'invalid_input') return {}
  const field = error.params?.field
  if (!isAccountField(field)) return {}
  const issue = error.params?.issue
  if (issue === 'missing_categories') return { [field]: { key: issue, missing: String(error.params?.missing ?? '') } }
  return { [field]: isTokenIssue(issue) ? { key: issue } : problemOfZodCode(issue) }
}

/** Whether an error is fully explained by field problems (and needs no form-level message). */
export function isFieldError(error: unknown): boolean {
  return Object.keys(problemsFromError(error)).length > 0
}
