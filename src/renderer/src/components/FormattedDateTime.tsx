import { useFormatDateTime } from '../i18n/useFormatDateTime'

/** A <time> showing an ISO moment in the interface language. */
export function FormattedDateTime({ value }: { value: string }) {
  const formatDateTime = useFormatDateTime()
  return <time dateTime={value}>{formatDateTime(value)}</time>
}
