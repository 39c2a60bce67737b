/** A modal question with a few answers (Esc = the cancelling answer), as a native <dialog>. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface Choice<A extends string> {
  readonly answer: A;
  readonly label: string;
  readonly primary?: boolean;
  /** Focused when the dialog opens: the safe answer. */
  readonly autoFocus?: boolean;
}

export function ChoiceDialog<A extends string>({
  heading,
  children,
  choices,
  cancel,
  onAnswer,
}: {
  readonly heading: string;
  /** The question, in full. */
  readonly children: ReactNode;
  readonly choices: readonly Choice<A>[];
  /** The answer Esc gives. */
  readonly cancel: A;
  readonly onAnswer: (answer: A) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const answer = useRef<A>(cancel);
  const id = useId();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="choice-dialog"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-text`}
      onClose={() => onAnswer(answer.current)}
    >
      <h2 id={`${id}-heading`}>{heading}</h2>
      <div id={`${id}-text`}>{children}</div>
      <div className="dialog-actions">
        {choices.map((c) => (
          <button
            key={c.answer}
            type="button"
            className={c.primary ? 'primary' : undefined}
            autoFocus={c.autoFocus}
            onClick={() => {
              answer.current = c.answer;
              dialog.current?.close();
            }}
          >
            {c.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
