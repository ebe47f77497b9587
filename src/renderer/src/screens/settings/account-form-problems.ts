import type { z } from 'zod'
import { SferaError } from '../../../../shared/domain/errors'
import { isDisplayNameProblem, type DisplayNameProblem } from '../../../../shared/ipc/display-name'
import { isTokenIssue } from '../../i18n/error-text'

/**
 * A field of the cabinet form: 'marketplace', 'name', or the key of an account field its marketplace declares
 * (WB: 'token'), which the contract carries under `fields`.
 */
export type FormField = string

/** What is wrong with one field, as a key of `validation.*` in the catalogs. */
export type FieldProblem =
  | { key: 'required' | 'invalid' | 'bearer_prefix' | 'not_a_jwt' | 'expired' }
  | { key: DisplayNameProblem }
  | { key: 'tooLong'; max: number }
  | { key: 'missing_categories'; missing: string }

export type FieldProblems = Partial<Record<FormField, FieldProblem>>

/** The form field a contract path or main's params.field names: `fields.token` and `token` are the token input. */
function formFieldOf(path: readonly PropertyKey[]): FormField | null {
  const [first, second] = path
  if (first === 'fields') return typeof second === 'string' ? second : null
  return typeof first === 'string' ? first : null
}

/** From a zod issue code, or from the problem a refinement named (main sends either as params.issue). */
function problemOfIssue(issue: unknown): FieldProblem {
  if (isDisplayNameProblem(issue)) return { key: issue }
  return issue === 'too_small' || issue === 'required' ? { key: 'required' } : { key: 'invalid' }
}

/** Field problems from the contract schema's own validation, run before anything is sent. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldProblems {
  const problems: FieldProblems = {}
  for (const issue of issues) {
    const field = formFieldOf(issue.path)
    if (field === null || problems[field]) continue
    if (issue.code === 'too_big') problems[field] = { key: 'tooLong', max: Number(issue.maximum) }
    else problems[field] = problemOfIssue(issue.code === 'custom' ? issue.params?.problem : issue.code)
  }
  return problems
}

/** Field problems main reported (invalid_input with params.field); other errors belong to the whole form. */
export function problemsFromError(error: unknown): FieldProblems {
  if (!(error instanceof SferaError) || error.code !== 'invalid_input') return {}
  const field = typeof error.params?.field === 'string' ? formFieldOf(error.params.field.split('.')) : null
  if (field === null || field === '') return {}
  const issue = error.params?.issue
  if (issue === 'missing_categories') return { [field]: { key: issue, missing: String(error.params?.missing ?? '') } }
  if (issue === 'too_long') return { [field]: { key: 'tooLong', max: Number(error.params?.max ?? 0) } }
  const problem: FieldProblem = isTokenIssue(issue) && issue !== 'missing_categories' ? { key: issue } : problemOfIssue(issue)
  return { [field]: problem }
}

/** Whether an error is fully explained by field problems (and needs no form-level message). */
export function isFieldError(error: unknown): boolean {
  return Object.keys(problemsFromError(error)).length > 0
}
