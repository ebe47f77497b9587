import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, moscowToday, periodPresets, type PeriodChoice } from '../lib/period'

interface PeriodFilterProps {
  value: PeriodChoice
  onChange: (value: PeriodChoice) => void
  testId?: string
}

/** Last 7 / 30 / 90 Moscow days, all time, or own dates. */
export function PeriodFilter({ value, onChange, testId }: PeriodFilterProps) {
  const { t } = useTranslation()
  const fromId = useId()
  const toId = useId()

  function chooseCustom() {
    if (value.kind === 'custom') return
    const to = moscowToday(Date.now())
    onChange({ kind: 'custom', from: addDays(to, -6), to })
  }

  return (
    <div className="period-filter" role="group" aria-label={t('filters.period')} data-testid={testId}>
      <div className="segmented">
        {periodPresets.map((days) => (
          <button
            key={days}
            type="button"
            className="segmented__item"
            aria-pressed={value.kind === 'preset' && value.days === days}
            onClick={() => onChange({ kind: 'preset', days })}
            data-testid={testId ? `${testId}-${days}` : undefined}
          >
            {t('filters.lastDays', { count: days })}
          </button>
        ))}
        <button type="button" className="segmented__item" aria-pressed={value.kind === 'all'} onClick={() => onChange({ kind: 'all' })}>
          {t('filters.allTime')}
        </button>
        <button type="button" className="segmented__item" aria-pressed={value.kind === 'custom'} onClick={chooseCustom}>
          {t('filters.customPeriod')}
        </button>
      </div>
      {value.kind === 'custom' && (
        <span className="period-filter__dates">
          <label className="sr-only" htmlFor={fromId}>
            {t('filters.from')}
          </label>
          <input id={fromId} type="date" className="date-input" value={value.from} max={value.to || undefined} onChange={(event) => onChange({ ...value, from: event.target.value })} />
          <span aria-hidden="true">—</span>
          <label className="sr-only" htmlFor={toId}>
            {t('filters.to')}
          </label>
          <input id={toId} type="date" className="date-input" value={value.to} min={value.from || undefined} onChange={(event) => onChange({ ...value, to: event.target.value })} />
        </span>
      )}
    </div>
  )
}
