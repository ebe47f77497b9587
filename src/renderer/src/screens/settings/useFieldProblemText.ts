import { useTranslation } from 'react-i18next'
import { categoryNames } from '../../i18n/error-text'
import type { FieldProblem } from './account-form-problems'

/** Turns a field problem into its inline message. */
export function useFieldProblemText(): (problem: FieldProblem | undefined) => string | undefined {
  const { t } = useTranslation()
  return (problem) => {
    if (!problem) return undefined
    if (problem.key === 'tooLong') return t('validation.tooLong', { max: problem.max })
    if (problem.key === 'missing_categories') return t('validation.missing_categories', { names: categoryNames(t, problem.missing) })
    return t(`validation.${problem.key}`)
  }
}
