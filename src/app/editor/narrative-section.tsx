import { useId } from 'react';
import type { NarrativeKey, SectionTemplate } from '../../domain/index.ts';

export interface NarrativeSectionProps {
  readonly section: Extract<SectionTemplate, { kind: 'narrative' }>;
  readonly value: string;
  readonly onChange: (key: NarrativeKey, text: string) => void;
  readonly label?: string;
  readonly rows?: number;
}

/** One narrative section under its official heading: plain text, line breaks kept. */
export function NarrativeSection({
  section,
  value,
  onChange,
  label,
  rows = 14,
}: NarrativeSectionProps) {
  const id = useId();
  return (
    <div className="narrative-section">
      {/* The section heading is already shown above the text area; the label then only names it. */}
      <label htmlFor={id} className={label ? 'narrative-label' : 'visually-hidden'}>
        {label ?? section.heading}
      </label>
      {section.prompts && section.prompts.length > 0 && (
        <div className="prompts" id={`${id}-prompts`}>
          <span>应当报告：</span>
          <ul>
            {section.prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <textarea
        id={id}
        data-narrative={section.narrative}
        value={value}
        rows={rows}
        spellCheck={false}
        aria-describedby={section.prompts ? `${id}-prompts` : undefined}
        onChange={(e) => onChange(section.narrative, e.currentTarget.value)}
      />
      <p className="char-count">{value.replace(/\s/g, '').length} 字</p>
    </div>
  );
}
