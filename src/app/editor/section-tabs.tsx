import type { KeyboardEvent } from 'react';

export interface SectionTab {
  readonly key: string;
  readonly label: string;
  /** Open error + warning findings in this section, shown as a badge. */
  readonly count: number;
}

export interface SectionTabsProps {
  readonly tabs: readonly SectionTab[];
  readonly current: string;
  readonly onSelect: (key: string) => void;
}

/** The report's six sections as tabs (WAI-ARIA tabs pattern: arrow keys, Home, End). */
export function SectionTabs({ tabs, current, onSelect }: SectionTabsProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((t) => t.key === current);
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(tabs[next]!.key);
    document.getElementById(`tab-${tabs[next]!.key}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="报告各部分" className="section-tabs" onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.key}
          id={`tab-${t.key}`}
          role="tab"
          type="button"
          aria-selected={t.key === current}
          aria-controls={`panel-${t.key}`}
          tabIndex={t.key === current ? 0 : -1}
          onClick={() => onSelect(t.key)}
        >
          {t.label}
          {t.count > 0 && (
            <span className="tab-badge" aria-label={`${t.count} 个问题`}>
              {t.count}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
