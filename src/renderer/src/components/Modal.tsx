import { useEffect, useRef, type ReactNode } from 'react'

interface ModalProps {
  /** Called on Esc, a click on the backdrop, or when the dialog is closed otherwise. */
  onClose: () => void
  labelledBy: string
  className?: string
  testId?: string
  children: ReactNode
}

/**
 * A native modal <dialog>: it traps focus, closes on Esc and gives focus back when it goes. Mount it to
 * open it, unmount it to close it.
 */
export function Modal({ onClose, labelledBy, className, testId, children }: ModalProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    dialog?.showModal()
    return () => {
      if (dialog?.open) dialog.close()
    }
  }, [])

  return (
    <dialog
      ref={dialogRef}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={labelledBy}
      onClose={(event) => {
        // A close event can arrive late (e.g. after a re-open); only a dialog that really is closed reports it.
        if (!event.currentTarget.open) onClose()
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose()
      }}
      data-testid={testId}
    >
      <div className="modal__content">{children}</div>
    </dialog>
  )
}
