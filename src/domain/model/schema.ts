/**
 * The zod schema of the report JSON, built from the templates (so the schema and the official
 * table shapes cannot drift apart), and the boundary functions that turn untrusted input into
 * a Report or a list of Chinese messages that name the path of each problem.
 */
import './zod-setup.ts';
import { z } from 'zod';
import {
  allCells,
  cellLabel,
  findCell,
  FORMAT_IDS,
  getTemplate,
  type CellTemplate,
  type FormatId,
} from '../templates/index.ts';
import { cellValueSchema } from './cell-value-schema.ts';
import { REPORT_SCHEMA_ID, type Report } from './report.types.ts';

/** The longest agency name a report may have. */
export const MAX_AGENCY_LENGTH = 200;

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
/** The longest text of one narrative section: the editor, the schema and restore share it. */
export const MAX_NARRATIVE_LENGTH = 200_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ReportIssue {
  /** Dotted path of the offending value ('' for the whole input). */
  readonly path: string;
  /** A Chinese sentence that names the path and says what is wrong. */
  readonly message: string;
}

export type ParseReportResult =
  | { readonly ok: true; readonly report: Report }
  | { readonly ok: false; readonly issues: readonly ReportIssue[] };

type Shape = Record<string, z.ZodType>;

/**
 * Tables of one format as nested strict objects. Derived totals may be left out; they then
 * parse as null (not filled yet), so a parsed report has every cell of its format, as its type says.
 */
function tablesShape(cells: readonly CellTemplate[]): Shape {
  interface Node {
    children: Map<string, Node>;
    cell?: CellTemplate;
  }
  const root: Node = { children: new Map() };
  for (const cell of cells) {
    let node = root;
    for (const key of cell.id.split('.')) {
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map() }));
      node = child;
    }
    node.cell = cell;
  }
  const toSchema = (node: Node): z.ZodType => {
    if (node.cell) {
      const v = cellValueSchema(node.cell.kind).nullable();
      return node.cell.sumOf ? v.default(null) : v;
    }
    return z.strictObject(shapeOf(node));
  };
  const shapeOf = (node: Node): Shape =>
    Object.fromEntries([...node.children].map(([k, child]) => [k, toSchema(child)]));
  return shapeOf(root);
}

const narrativeSchema = z.strictObject({
  preamble: z.string().max(MAX_NARRATIVE_LENGTH).optional(),
  overview: z.string().max(MAX_NARRATIVE_LENGTH).optional(),
  problems: z.string().max(MAX_NARRATIVE_LENGTH).optional(),
  other: z.string().max(MAX_NARRATIVE_LENGTH).optional(),
});

const acknowledgementSchema = z.strictObject({
  rule: z.string().min(1).max(100),
  cells: z.array(z.string().max(200)).max(1000),
  note: z.string().min(1).max(10_000),
});

const sourceSchema = z.strictObject({
  agency: z.string().max(MAX_AGENCY_LENGTH),
  year: z.number().int().min(2008).max(2100),
  format: z.enum(FORMAT_IDS),
  file: z.string().max(1000).optional(),
});

/** A calendar date YYYY-MM-DD that exists (2024-02-30 does not). */
const isoDate = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, '日期应为实际存在的日期，写成 YYYY-MM-DD，例如 2025-01-20');

const publicationSchema = z.strictObject({
  date: isoDate.optional(),
  contact: z.string().max(2000).optional(),
});

const MAX_FEE_FIGURE = 1e12;
const feeFigure = z.number().min(0).max(MAX_FEE_FIGURE);
const narrativeBlockSchema = z.strictObject({
  section: z.enum(['preamble', 'overview', 'problems', 'other']),
  kind: z.enum(['requests', 'reviews', 'active', 'fees']),
  text: z.string().max(MAX_NARRATIVE_LENGTH),
  fingerprint: z.string().max(100),
  fees: z
    .strictObject({
      noticesIssued: z.number().int().min(0).max(MAX_FEE_FIGURE),
      noticesAmount: feeFigure,
      collectedCases: z.number().int().min(0).max(MAX_FEE_FIGURE),
      collectedAmount: feeFigure,
    })
    .optional(),
});

function reportSchemaFor(format: FormatId, previous: z.ZodType): z.ZodType {
  return z.strictObject({
    schema: z.literal(REPORT_SCHEMA_ID),
    format: z.literal(format),
    year: z.number().int().min(2008).max(2100),
    agency: z.string().max(MAX_AGENCY_LENGTH),
    narrative: narrativeSchema.optional(),
    previous: previous.optional(),
    acknowledgements: z.array(acknowledgementSchema).max(10_000).optional(),
    sources: z.array(sourceSchema).max(10_000).optional(),
    publication: publicationSchema.optional(),
    narrativeBlocks: z.array(narrativeBlockSchema).max(100).optional(),
    ...tablesShape(allCells(getTemplate(format))),
  });
}

const reportSchema: z.ZodType = z.lazy(() =>
  z.discriminatedUnion(
    'format',
    FORMAT_IDS.map((f) => reportSchemaFor(f, reportSchema)) as [z.ZodObject, z.ZodObject],
  ),
);

/** Where a path points, in words a clerk recognises: the cell's printed labels when it is a cell. */
function describePath(path: readonly PropertyKey[], format: FormatId | undefined): string {
  const dotted = path.map(String).join('.');
  if (!dotted) return '报告';
  // Inside `previous`, the cell belongs to last year's report.
  const [prefix, cellPath] = dotted.startsWith('previous.')
    ? ['上年报告 ', dotted.slice('previous.'.length)]
    : ['', dotted];
  const cell = format ? findCell(getTemplate(format), cellPath) : undefined;
  return cell ? `${prefix}${dotted}（${cellLabel(cell)}）` : dotted;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少此项';
      if (issue.expected === 'int') return `应为整数，实际为 ${String(issue.input)}`;
      if (issue.expected === 'number') {
        if (typeof issue.input === 'number') return `应为有限的数字，实际为 ${String(issue.input)}`;
        return `应为数字（未填写时为 null），实际为 ${JSON.stringify(issue.input) ?? String(issue.input)}`;
      }
      if (issue.expected === 'string') return '应为文字';
      if (issue.expected === 'object') return '应为对象';
      if (issue.expected === 'array') return '应为列表';
      return `类型不对（应为 ${issue.expected}）`;
    case 'too_small':
      if (issue.origin === 'number')
        return Number(issue.minimum) === 0
          ? `不能为负数，实际为 ${String(issue.input)}`
          : `不能小于 ${String(issue.minimum)}`;
      return issue.origin === 'string' ? '不能为空' : `至少 ${String(issue.minimum)} 项`;
    case 'too_big':
      if (issue.origin === 'number')
        return `超出上限 ${String(issue.maximum)}，实际为 ${String(issue.input)}`;
      return issue.origin === 'string'
        ? `文字过长（最多 ${String(issue.maximum)} 字）`
        : `过多（最多 ${String(issue.maximum)} 项）`;
    case 'unrecognized_keys':
      return `含有不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_value':
      return `取值不对，应为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}`;
    case 'invalid_union':
      return '内容与任何一种报告格式都不符';
    default:
      return issue.message;
  }
}

function findForbiddenKey(
  value: unknown,
  path: string[] = [],
  depth = 0,
): { path: string; key: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth > 64) return { path: path.join('.'), key: '（嵌套过深）' };
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { path: path.join('.'), key };
    const found = findForbiddenKey(
      (value as Record<string, unknown>)[key],
      [...path, key],
      depth + 1,
    );
    if (found) return found;
  }
  return null;
}

/**
 * Checks an already-decoded value against the report schema. Totals are kept as given (the
 * `imported.totals` rule compares them); use `withTotals` to recompute them.
 */
export function parseReport(value: unknown): ParseReportResult {
  const fail = (path: string, message: string): ParseReportResult => ({
    ok: false,
    issues: [{ path, message }],
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('', '文件内容不是一份报告（应为 JSON 对象）');
  const forbidden = findForbiddenKey(value);
  if (forbidden)
    return fail(
      forbidden.path,
      `文件含有不允许的字段名“${forbidden.key}”${forbidden.path ? `（位于 ${forbidden.path}）` : ''}，已拒绝读取`,
    );
  const record = value as Record<string, unknown>;
  if (record.schema !== REPORT_SCHEMA_ID) {
    return fail(
      'schema',
      `不是本工具的报告文件：schema 应为“${REPORT_SCHEMA_ID}”，实际为 ${JSON.stringify(record.schema) ?? '空'}`,
    );
  }
  const format = FORMAT_IDS.find((f) => f === record.format);
  if (!format)
    return fail(
      'format',
      `format 应为 "2021" 或 "2019"，实际为 ${JSON.stringify(record.format) ?? '空'}`,
    );

  const result = reportSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, report: result.data as Report };
  const issues = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return { path, message: `${describePath(issue.path, format)}：${describeIssue(issue)}` };
  });
  return { ok: false, issues };
}

/** Decodes JSON text (at most 5 MB) and checks it as a report. */
export function parseReportJson(text: string): ParseReportResult {
  if (utf8Length(text) > MAX_INPUT_BYTES) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `文件超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB，不是一份年度报告，已拒绝读取`,
        },
      ],
    };
  }
  if (text.trim() === '') return { ok: false, issues: [{ path: '', message: '文件是空的' }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `不是有效的 JSON（文件可能不完整或已损坏）${jsonErrorPlace(e, text)}`,
        },
      ],
    };
  }
  return parseReport(value);
}

/**
 * Where JSON.parse stopped, in Chinese ("：第 1 行第 2589 列附近", counted from the position the
 * engine gives); the engine's own English message is not shown to a clerk.
 */
function jsonErrorPlace(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : '';
  const position = /position (\d+)/u.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `：第 ${line} 行第 ${column} 列附近`;
  }
  if (/end of (JSON )?input/iu.test(message)) return '：文件在中途结束';
  return '';
}

function utf8Length(text: string): number {
  if (text.length > MAX_INPUT_BYTES) return text.length;
  if (text.length * 3 <= MAX_INPUT_BYTES) return text.length; // cannot exceed the limit
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes;
}
