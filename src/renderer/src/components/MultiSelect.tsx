import { useTranslation } from 'react-i18next'
import { Popover } from './Popover'

export interface MultiSelectOption<V extends string | number> {
  value: V
  label: string
}

interface MultiSelectProps<V extends string | number> {
  label: string
  options: readonly MultiSelectOption<V>[]
  /** The ticked values; empty means no filter (everything). */
  value: readonly V[]
  onChange: (value: V[]) => void
  testId?: string
}

/** A filter over several values: "Склад: все" / "Склад: Коледино" / "Склад: 3 выбрано", with checkboxes. */
export function MultiSelect<V extends string | number>({ label, options, value, onChange, testId }: MultiSelectProps<V>) {
  const { t } = useTranslation()
  const chosen = options.filter((option) => value.includes(option.value))
  const summary = chosen.length === 0 ? t('filters.any') : chosen.length === 1 ? chosen[0]?.label : t('filters.chosen', { count: chosen.length })

  function toggle(option: V) {
    onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option])
  }

  return (
    <Popover
      label={
        <>
          <span className="filter-button__label">{label}:</span> <span className="filter-button__value">{summary}</span>
          <span aria-hidden="true">▾</span>
        </>
      }
      triggerClassName={chosen.length > 0 ? 'button filter-button filter-button--active' : 'button filter-button'}
      triggerTestId={testId}
      panelTestId={testId ? `${testId}-options` : undefined}
    >
      {() => (
        <div className="checklist" role="group" aria-label={label}>
          {options.length === 0 ? (
            <p className="muted">{t('filters.noOptions')}</p>
          ) : (
            options.map((option) => (
              <label key={option.value} className="checklist__item">
                <input type="checkbox" checked={value.includes(option.value)} onChange={() => toggle(option.value)} />
                <span>{option.label}</span>
              </label>
            ))
          )}
          {value.length > 0 && (
            <button type="button" className="button button--small checklist__clear" onClick={() => onChange([])}>
              {t('filters.clear')}
            </button>
          )}
        </div>
      )}
    </Popover>
  )
}
