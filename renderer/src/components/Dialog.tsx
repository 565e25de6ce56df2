import { type FormEvent, type ReactElement, type ReactNode, cloneElement, useEffect, useId, useRef } from 'react';

interface FormDialogProps {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  busy?: boolean;
  /** The submit button is off (nothing to save yet). */
  submitDisabled?: boolean;
  /** Why the last save was refused; the form keeps what the user typed. */
  error?: string | null;
  children: ReactNode;
  /** Buttons shown on the left of the footer (delete and the like). */
  extraActions?: ReactNode;
  wide?: boolean;
  /** Another class for the dialog (a size of its own). */
  className?: string;
  /** A question with no fields: start on its answer, so Enter confirms as it would on a form. */
  focusSubmit?: boolean;
}

/** A modal form on the native <dialog>: focus is trapped, Escape closes it. */
export function FormDialog({ title, onClose, onSubmit, submitLabel, busy, submitDisabled, error, children, extraActions, wide, className, focusSubmit }: FormDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const startOnSubmit = useRef(focusSubmit);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first control, the close button; start on the form's first field
      // instead (or the one marked data-autofocus), as a keyboard user expects.
      const start =
        dialog.querySelector<HTMLElement>('[data-autofocus]') ??
        dialog.querySelector<HTMLElement>(startOnSubmit.current ? '.dialog-footer [type="submit"]' : '.dialog-body :is(input, select, textarea)');
      start?.focus();
    }
    return () => dialog?.close();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy && !submitDisabled) onSubmit();
  };
  return (
    <dialog ref={ref} className={['dialog', wide && 'dialog-wide', className].filter(Boolean).join(' ')} onClose={onClose} aria-labelledby="dialog-title">
      <form onSubmit={submit} noValidate>
        <header className="dialog-header">
          <h2 id="dialog-title">{title}</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
            ×
          </button>
        </header>
        <div className="dialog-body">{children}</div>
        <FormError error={error} />
        <footer className="dialog-footer">
          <div className="dialog-extra">{extraActions}</div>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy || submitDisabled}>
            {busy ? 'Saving…' : submitLabel}
          </button>
        </footer>
      </form>
    </dialog>
  );
}

/** Why the last save was refused, read out when it appears. */
export function FormError({ error }: { error?: string | null }) {
  return error ? (
    <p className="form-error" role="alert">
      {error}
    </p>
  ) : null;
}

/** The save button and its refusal, at the foot of a form shown in a screen (not a dialog). */
export function SubmitRow({ label, busy, error }: { label: string; busy: boolean; error: string | null }) {
  return (
    <div className="wide">
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Saving…' : label}
      </button>
      <FormError error={error} />
    </div>
  );
}

/** A labelled control: the label names only the control, and the hint describes it. */
export function Field({ label, children, hint }: { label: string; children: ReactElement<ControlProps>; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, { id, 'aria-describedby': hint ? `${id}-hint` : undefined })}
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

interface ControlProps {
  id?: string;
  'aria-describedby'?: string;
}
