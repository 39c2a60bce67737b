import { AREA_WORDS, SEVERITY_WORDS, type Severity } from '../../domain/index.ts';

/** How each severity is shown: never by colour alone (icon and word too). */
export const SEVERITY_DISPLAY: Record<
  Severity,
  { readonly label: string; readonly icon: string; readonly className: string }
> = {
  error: { label: SEVERITY_WORDS.error, icon: '✖', className: 'sev-error' },
  warning: { label: SEVERITY_WORDS.warning, icon: '▲', className: 'sev-warning' },
  info: { label: SEVERITY_WORDS.info, icon: 'ℹ', className: 'sev-info' },
};

export const AREA_LABELS: Readonly<Record<string, string>> = AREA_WORDS;
