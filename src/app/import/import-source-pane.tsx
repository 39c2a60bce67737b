/**
 * The imported source beside the recognised tables: the text as read, line by line with the line
 * numbers the import findings cite, so a figure can be checked against where it came from.
 * Shown as text only (React escapes it): nothing imported is ever inserted as HTML.
 */
import { useEffect, useMemo, useRef } from 'react';

export interface ImportSourcePaneProps {
  readonly title: string;
  readonly text: string;
  /** The line (1-based) to bring into view and mark, e.g. the one a finding cites. */
  readonly highlight: number | null;
}

export function ImportSourcePane({ title, text, highlight }: ImportSourcePaneProps) {
  const lines = useMemo(() => text.split(/\r\n|\r|\n/), [text]);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const container = list.current;
    const line = highlight === null ? null : container?.children.item(highlight - 1);
    if (!container || !(line instanceof HTMLElement)) return;
    // The pane into view if the page has it below the findings (narrow screens), then the line
    // within the pane (the line's own scrollIntoView could move the page away from the tables).
    container.scrollIntoView({ block: 'nearest' });
    container.scrollTop = line.offsetTop - container.clientHeight / 3;
  }, [highlight]);

  return (
    <section className="import-source" aria-labelledby="import-source-heading">
      <h2 id="import-source-heading">{title}</h2>
      {text.trim() === '' ? (
        <p className="empty">没有可显示的文字。</p>
      ) : (
        <ol ref={list} className="source-lines" tabIndex={0} aria-label={title}>
          {lines.map((line, i) => (
            <li
              key={i}
              aria-current={highlight === i + 1 ? 'location' : undefined}
              className={highlight === i + 1 ? 'highlight' : undefined}
            >
              {line === '' ? '\u00a0' : line}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
