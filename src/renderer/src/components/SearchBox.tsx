import { useId } from 'react'

interface SearchBoxProps {
  label: string
  placeholder: string
  value: string
  onChange: (value: string) => void
  testId?: string
}

/** The search field of a data screen; the screen debounces what it sends to main. */
export function SearchBox({ label, placeholder, value, onChange, testId }: SearchBoxProps) {
  const id = useId()
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="search-input"
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        data-testid={testId}
      />
    </>
  )
}
