/**
 * The imported source beside the recognised tables: the text as read, line by line with the line
 * numbers the import findings cite, so a figure can be checked against where it came from.
 * Shown as text only (React escapes it): nothing imported is ever inserted as HTML.
 */
import { memo, useEffect, useMemo, useRef } from 'react';

/** A line to show; `seq` changes with every request, so the same line can be shown again. */
export interface SourceLineRequest {
  readonly line: number;
  readonly seq: number;
}

export interface ImportSourcePaneProps {
  readonly title: string;
  readonly text: string;
  /** The line (1-based) to bring into view, mark and focus, e.g. the one a finding cites. */
  readonly highlight: SourceLineRequest | null;
}

// Memoised: hundreds of lines, unchanged while the figures beside them are corrected.
export const ImportSourcePane = memo(function ImportSourcePane({
  title,
  text,
  highlight,
}: ImportSourcePaneProps) {
  const lines = useMemo(() => text.split(/\r\n|\r|\n/), [text]);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const container = list.current;
    const line = highlight === null ? null : container?.children.item(highlight.line - 1);
    if (!container || !(line instanceof HTMLElement)) return;
    // The pane into view if it is below the findings (narrow screens), then the line within the
    // pane (the line's own scrollIntoView could move the page away from the tables). Focused, so
    // that a screen reader reads it.
    container.scrollIntoView({ block: 'nearest' });
    container.scrollTop = line.offsetTop - container.clientHeight / 3;
    line.focus({ preventScroll: true });
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
              tabIndex={highlight?.line === i + 1 ? -1 : undefined}
              aria-current={highlight?.line === i + 1 ? 'location' : undefined}
              className={highlight?.line === i + 1 ? 'highlight' : undefined}
            >
              {line === '' ? '\u00a0' : line}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
