import { describe, expect, it } from 'vitest'
import { SferaError } from '../../../../shared/domain/errors'
import { calls } from '../../../../shared/ipc'
import { isFieldError, problemsFromError, problemsFromIssues } from './account-form-problems'

describe('problemsFromIssues', () => {
  it('maps the contract schema issues to field problems', () => {
    const parsed = calls['accounts.create'].input.safeParse({ marketplace: 'wildberries', name: '   ', token: '' })
    expect(parsed.success).toBe(false)
    expect(problemsFromIssues(parsed.error?.issues ?? [])).toEqual({ name: { key: 'required' }, token: { key: 'required' } })
  })

  it('reports the maximum length of a too long value', () => {
    const parsed = calls['accounts.create'].input.safeParse({ marketplace: 'wildberries', name: 'x'.repeat(81), token: 't' })
    expect(problemsFromIssues(parsed.error?.issues ?? [])).toEqual({ name: { key: 'tooLong', max: 80 } })
  })
})

describe('problemsFromError', () => {
  it('places a token main refused under the token field', () => {
    const error = new SferaError('invalid_input', 'x', { field: 'token', issue: 'bearer_prefix' })
    expect(problemsFromError(error)).toEqual({ token: { key: 'bearer_prefix' } })
    expect(isFieldError(error)).toBe(true)
  })

  it('keeps the categories a refused token lacks', () => {
    const error = new SferaError('invalid_input', 'x', { field: 'token', issue: 'missing_categories', missing: 'content' })
    expect(problemsFromError(error)).toEqual({ token: { key: 'missing_categories', missing: 'content' } })
  })

  it('leaves errors that name no form field to the form as a whole', () => {
    expect(problemsFromError(new SferaError('vault_unavailable', 'x'))).toEqual({})
    expect(problemsFromError(new SferaError('invalid_input', 'x', { marketplace: 'ozon' }))).toEqual({})
    expect(isFieldError(new Error('boom'))).toBe(false)
  })
})
