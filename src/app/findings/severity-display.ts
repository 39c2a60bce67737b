import type { Severity } from '../../domain/index.ts';

/** How each severity is shown: never by colour alone (icon and word too). */
export const SEVERITY_DISPLAY: Record<
  Severity,
  { readonly label: string; readonly icon: string; readonly className: string }
> = {
  error: { label: '错误', icon: '✖', className: 'sev-error' },
  warning: { label: '待核实', icon: '▲', className: 'sev-warning' },
  info: { label: '提示', icon: 'ℹ', className: 'sev-info' },
};

export const AREA_LABELS: Record<string, string> = {
  active: '表二 主动公开',
  requests: '表三 依申请公开',
  reviews: '表四 复议诉讼',
  narrative: '正文',
  report: '报告',
};
