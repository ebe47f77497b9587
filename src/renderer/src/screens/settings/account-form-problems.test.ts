import { describe, expect, it } from 'vitest'
import { SferaError } from '../../../../shared/domain/errors'
import { calls } from '../../../../shared/ipc'
import { displayNameProblems } from '../../../../shared/ipc/display-name'
import { isFieldError, problemsFromError, problemsFromIssues } from './account-form-problems'

describe('problemsFromIssues', () => {
  it('maps the contract schema issues to field problems', () => {
    const parsed = calls['accounts.create'].input.safeParse({ marketplace: 'wildberries', name: '   ', fields: { token: '' } })
    expect(parsed.success).toBe(false)
    expect(problemsFromIssues(parsed.error?.issues ?? [])).toEqual({ name: { key: 'required' }, token: { key: 'required' } })
  })

  it('reports the maximum length of a too long value', () => {
    const parsed = calls['accounts.create'].input.safeParse({ marketplace: 'wildberries', name: 'x'.repeat(81), fields: { token: 't' } })
    expect(problemsFromIssues(parsed.error?.issues ?? [])).toEqual({ name: { key: 'tooLong', max: 80 } })
  })

  it.each([
    ['\u200B', 'invisible'],
    ['\u2060\u2060', 'invisible'],
    ['\u0000', 'control_characters'],
    ['Кабинет \u001b[31m', 'control_characters'],
    ['Кабинет \u202Eкод', 'bidi_controls'],
    ['\u2067Кабинет', 'bidi_controls'],
    ['Кабинет \uD800', 'invalid_unicode']
  ])('says what is wrong with the name %j', (name, key) => {
    const parsed = calls['accounts.update'].input.safeParse({ id: '00000000-0000-4000-8000-000000000000', name })
    expect(problemsFromIssues(parsed.error?.issues ?? [])).toEqual({ name: { key } })
  })
})

describe('problemsFromError', () => {
  it('places a token main refused under the token field', () => {
    const error = new SferaError('invalid_input', 'x', { field: 'token', issue: 'bearer_prefix' })
    expect(problemsFromError(error)).toEqual({ token: { key: 'bearer_prefix' } })
    expect(isFieldError(error)).toBe(true)
  })

  it("places what main says of a declared field under that field's input", () => {
    expect(problemsFromError(new SferaError('invalid_input', 'x', { field: 'fields.apiKey', issue: 'too_small' }))).toEqual({ apiKey: { key: 'required' } })
    expect(problemsFromError(new SferaError('invalid_input', 'x', { field: 'clientId', issue: 'required' }))).toEqual({ clientId: { key: 'required' } })
    expect(problemsFromError(new SferaError('invalid_input', 'x', { field: 'token', issue: 'too_long', max: 4096 }))).toEqual({ token: { key: 'tooLong', max: 4096 } })
    expect(problemsFromError(new SferaError('invalid_input', 'x', { issue: 'required' }))).toEqual({})
  })

  it('keeps the categories a refused token lacks', () => {
    const error = new SferaError('invalid_input', 'x', { field: 'token', issue: 'missing_categories', missing: 'content' })
    expect(problemsFromError(error)).toEqual({ token: { key: 'missing_categories', missing: 'content' } })
  })

  it.each(displayNameProblems)('places a name main refused as %s under the name field', (issue) => {
    const error = new SferaError('invalid_input', 'x', { field: 'name', issue })
    expect(problemsFromError(error)).toEqual({ name: { key: issue } })
    expect(isFieldError(error)).toBe(true)
  })

  it('reads an empty value as missing and an issue it does not know as invalid', () => {
    expect(problemsFromError(new SferaError('invalid_input', 'x', { field: 'name', issue: 'too_small' }))).toEqual({ name: { key: 'required' } })
    expect(problemsFromError(new SferaError('invalid_input', 'x', { field: 'name', issue: 'custom' }))).toEqual({ name: { key: 'invalid' } })
  })

  it('leaves errors that name no form field to the form as a whole', () => {
    expect(problemsFromError(new SferaError('vault_unavailable', 'x'))).toEqual({})
    expect(problemsFromError(new SferaError('invalid_input', 'x', { marketplace: 'ozon' }))).toEqual({})
    expect(isFieldError(new Error('boom'))).toBe(false)
  })
})
