import { useTranslation } from 'react-i18next'
import type { AccountField, Marketplace } from '../../../../shared/domain/marketplace'
import { TextField } from '../../components/TextField'
import type { FieldProblems } from './account-form-problems'
import { useFieldProblemText } from './useFieldProblemText'

interface AccountFieldInputsProps {
  marketplace: Marketplace
  fields: readonly AccountField[]
  values: Record<string, string>
  onChange: (key: string, value: string) => void
  problems: FieldProblems
  /** Editing a cabinet: secret fields start empty and replace the stored value only when filled. */
  replacing?: boolean
}

/**
 * The inputs a marketplace declares for connecting a cabinet, labelled from the catalogue
 * (accountFields.<marketplace>.<key>); secret ones are password inputs, never prefilled.
 */
export function AccountFieldInputs({ marketplace, fields, values, onChange, problems, replacing = false }: AccountFieldInputsProps) {
  const { t } = useTranslation()
  const problemText = useFieldProblemText()
  return (
    <>
      {fields.map((field) => {
        const text = (part: 'label' | 'hint' | 'replaceLabel') => t(`accountFields.${marketplace}.${field.key}.${part}`, { defaultValue: '' })
        const label = (replacing && field.secret && text('replaceLabel')) || text('label') || field.key
        const hint = replacing && field.secret ? `${t('settings.secretReplaceHint')} ${text('hint')}` : text('hint')
        return (
          <TextField
            key={field.key}
            label={label}
            type={field.secret ? 'password' : 'text'}
            value={values[field.key] ?? ''}
            onChange={(event) => onChange(field.key, event.target.value)}
            error={problemText(problems[field.key])}
            hint={hint.trim() || undefined}
            aria-required={!replacing}
            maxLength={field.maxLength}
            autoComplete="off"
            spellCheck={false}
            testId={`account-${field.key}`}
          />
        )
      })}
    </>
  )
}
