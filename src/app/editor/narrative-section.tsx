import { useId } from 'react';
import {
  MAX_NARRATIVE_LENGTH,
  type NarrativeKey,
  type SectionTemplate,
} from '../../domain/index.ts';

export interface NarrativeSectionProps {
  readonly section: Extract<SectionTemplate, { kind: 'narrative' }>;
  readonly value: string;
  readonly onChange: (key: NarrativeKey, text: string) => void;
  readonly label?: string;
  readonly rows?: number;
}

/** From here on the counter says how much room is left (the limit is the schema's). */
const WARN_AT = MAX_NARRATIVE_LENGTH - 10_000;

/**
 * One narrative section under its official heading: plain text, line breaks kept, at most
 * MAX_NARRATIVE_LENGTH characters (what the schema, and so a backup, accepts): the counter
 * warns before the limit, and the text area takes nothing beyond it.
 */
export function NarrativeSection({
  section,
  value,
  onChange,
  label,
  rows = 14,
}: NarrativeSectionProps) {
  const id = useId();
  const near = value.length >= WARN_AT;
  const full = value.length >= MAX_NARRATIVE_LENGTH;
  const describedBy = [section.prompts ? `${id}-prompts` : '', near ? `${id}-limit` : '']
    .filter(Boolean)
    .join(' ');
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
        maxLength={MAX_NARRATIVE_LENGTH}
        spellCheck={false}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(section.narrative, e.currentTarget.value)}
      />
      <p className="char-count">
        {value.replace(/\s/g, '').length} 字
        {near && (
          <span id={`${id}-limit`} className={full ? 'limit-reached' : 'limit-near'} role="status">
            {full
              ? ` · 已达上限 ${MAX_NARRATIVE_LENGTH} 字符，不能再输入；请删减后再补充。`
              : ` · 还可输入 ${MAX_NARRATIVE_LENGTH - value.length} 字符（每部分最多 ${MAX_NARRATIVE_LENGTH} 字符）`}
          </span>
        )}
      </p>
    </div>
  );
}
