import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

interface PopoverProps {
  /** The trigger's content. */
  label: ReactNode
  /** Accessible name when the trigger shows only a sign. */
  ariaLabel?: string
  triggerClassName?: string
  triggerTestId?: string
  panelTestId?: string
  align?: 'start' | 'end'
  disabled?: boolean
  /** The panel's content; `close` hides it (e.g. after a choice). */
  children: (close: () => void) => ReactNode
}

/** A button that opens a small panel under it; a click outside or Esc closes the panel. */
export function Popover({ label, ariaLabel, triggerClassName = 'button', triggerTestId, panelTestId, align = 'start', disabled, children }: PopoverProps) {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    function onPointer(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])

  return (
    <div className="popover" ref={rootRef}>
      <button
        type="button"
        className={triggerClassName}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={ariaLabel}
        onClick={() => setOpen((value) => !value)}
        disabled={disabled}
        data-testid={triggerTestId}
      >
        {label}
      </button>
      {open && (
        <div id={panelId} className={`popover__panel popover__panel--${align}`} data-testid={panelTestId}>
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  )
}
