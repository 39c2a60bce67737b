import { useId, useState } from 'react';

export interface AcknowledgeFormProps {
  readonly initial: string;
  readonly onSave: (note: string) => void;
  readonly onCancel: () => void;
}

/** The 说明 a user writes so that a warning (核实性) may stand; saved with the report. */
export function AcknowledgeForm({ initial, onSave, onCancel }: AcknowledgeFormProps) {
  const [note, setNote] = useState(initial);
  const id = useId();
  return (
    <form
      className="ack-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (note.trim()) onSave(note.trim());
      }}
    >
      <label htmlFor={id}>说明（随报告保存）</label>
      <textarea
        id={id}
        rows={3}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autoFocus
      />
      <div className="ack-actions">
        <button type="submit" className="primary" disabled={!note.trim()}>
          保存说明
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
