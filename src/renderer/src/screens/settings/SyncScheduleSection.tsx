import type { TFunction } from 'i18next'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import { useSetSyncSchedule, useSyncSchedule } from '../../hooks/sync'
import { errorText } from '../../i18n/error-text'
import { useFormatters } from '../../i18n/useFormatDateTime'

/** Background sync intervals offered, in minutes; off (null) by default. */
export const scheduleIntervals = [15, 30, 60, 180, 360, 1440] as const
type ScheduleInterval = (typeof scheduleIntervals)[number]

function isOffered(minutes: number): minutes is ScheduleInterval {
  return (scheduleIntervals as readonly number[]).includes(minutes)
}

function intervalLabel(t: TFunction, minutes: number): string {
  return isOffered(minutes) ? t(`schedule.intervals.${minutes}`) : t('schedule.minutes', { count: minutes })
}

/** Background sync of every cabinet (sync.getSchedule / sync.setSchedule). */
export function SyncScheduleSection() {
  const { t } = useTranslation()
  const format = useFormatters()
  const selectId = useId()
  const schedule = useSyncSchedule()
  const setSchedule = useSetSyncSchedule()
  const interval = schedule.data?.intervalMinutes ?? null

  function change(value: string) {
    setSchedule.mutate(
      { intervalMinutes: value === 'off' ? null : Number(value) },
      {
        onSuccess: (saved) =>
          toast.success(
            saved.intervalMinutes === null ? t('schedule.turnedOff') : t('schedule.saved', { interval: intervalLabel(t, saved.intervalMinutes) })
          ),
        onError: (error) => toast.error(errorText(t, error))
      }
    )
  }

  return (
    <section className="settings-section" aria-labelledby="settings-schedule" data-testid="sync-schedule">
      <h2 id="settings-schedule" className="settings-section__title">
        {t('schedule.title')}
      </h2>
      <p className="muted">{t('schedule.text')}</p>
      <div className="field field--inline">
        <label className="field__label" htmlFor={selectId}>
          {t('schedule.label')}
        </label>
        <select
          id={selectId}
          className="field__input"
          value={interval === null ? 'off' : String(interval)}
          onChange={(event) => change(event.target.value)}
          disabled={schedule.isPending || setSchedule.isPending}
          data-testid="sync-schedule-select"
        >
          <option value="off">{t('schedule.off')}</option>
          {scheduleIntervals.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {intervalLabel(t, minutes)}
            </option>
          ))}
          {interval !== null && !isOffered(interval) && <option value={String(interval)}>{intervalLabel(t, interval)}</option>}
        </select>
      </div>
      {schedule.isError ? (
        <p className="form-error">{errorText(t, schedule.error)}</p>
      ) : (
        interval !== null && (
          <p data-testid="sync-schedule-next">
            {schedule.data?.nextRunAt ? t('schedule.nextRun', { time: format.dateTime(schedule.data.nextRunAt) }) : t('schedule.nextRunUnknown')}
          </p>
        )
      )}
    </section>
  )
}
