import type { KeyboardEvent } from 'react';
import type { SectionTabStatus } from './section-status.ts';
import './section-tabs.css';

export interface SectionTab extends SectionTabStatus {
  readonly key: string;
  readonly label: string;
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
          title={t.words || undefined}
          onClick={() => onSelect(t.key)}
        >
          {t.label}
          {t.count > 0 ? (
            <span className={`tab-badge sev-${t.severity ?? 'error'}`} data-testid="tab-badge">
              <span aria-hidden="true">{t.count}</span>
              <span className="visually-hidden">（{t.words}）</span>
            </span>
          ) : (
            t.incomplete && (
              <span className="tab-badge tab-incomplete" data-testid="tab-badge">
                <span aria-hidden="true">…</span>
                <span className="visually-hidden">（{t.words}）</span>
              </span>
            )
          )}
        </button>
      ))}
    </div>
  );
}
