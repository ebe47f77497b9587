import { useTranslation } from 'react-i18next'
import type { FieldProblem } from './account-form-problems'

/** Turns a field problem into its inline message. */
export function useFieldProblemText(): (problem: FieldProblem | undefined) => string | undefined {
  const { t } = useTranslation()
  return (problem) => {
    if (!problem) return undefined
    return problem.key === 'tooLong' ? t('validation.tooLong', { max: problem.max }) : t(`validation.${problem.key}`)
  }
}
