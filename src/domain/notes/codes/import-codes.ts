/**
 * The codes of the importers' notes (`import.<area>.<what>`, src/io/import) and their parameters.
 * Line numbers are 1-based lines of the text as read (the text an importer extracted from a
 * PDF, a web page or a Word file); `printed`, `figures` and `text` are quoted from the input as
 * printed; `row`, `label` and `heading` are the template's printed labels (a row's name is its
 * group and own label, e.g. "（六）其他处理 3.其他").
 */
import type { FormatId, TableId } from '../../templates/template.types.ts';
import type { CellInputProblem } from '../cell-input-problem.ts';

/** What the narrative's text lost because it was not the report's own text. */
type RemovedLines = { readonly lines: readonly number[] };

/** How a row's figures were fitted when their number was not the row's cell count. */
export type FigureFit =
  /** Too few: they fill the first cells, the others stay empty. */
  | { readonly how: 'first' }
  /** One too many: leaving this one out makes the row's totals add up. */
  | { readonly how: 'dropped'; readonly dropped: string }
  /** Too many: the first ones kept, these (as printed) left out. */
  | { readonly how: 'cut'; readonly cut: string };

/** Where a cell's figure could not be read, and why (`problem`: what the input parser found). */
export type UnreadableFigure =
  /** A figure of the text (line) that is no value of the cell's kind. */
  | {
      readonly in: 'text';
      readonly line: number;
      readonly printed: string;
      readonly problem: CellInputProblem;
    }
  /** A cell of our workbook holding text that is no value of the cell's kind. */
  | {
      readonly in: 'sheet';
      readonly sheet: string;
      readonly address: string;
      readonly printed: string;
      readonly problem: CellInputProblem;
    }
  /** A cell of our workbook whose formula gives an error (#DIV/0!, #REF!, …). */
  | {
      readonly in: 'formula';
      readonly sheet: string;
      readonly address: string;
      readonly error: string;
    };

export interface ImportNoteParams {
  // The format, year and agency.
  /** The tables were read in the format their labels print (doubt: a label of the other one, and the year agrees with neither). */
  'import.format.labels': {
    readonly format: FormatId;
    /** The labels that decided it, as printed (the first few). */
    readonly evidence: readonly string[];
    /** The other format's labels also printed. */
    readonly other?: { readonly format: FormatId; readonly evidence: readonly string[] };
    readonly year: number;
    readonly doubt: boolean;
  };
  /** The labels could not tell the format: the year's (or the first) was taken. */
  'import.format.assumed': {
    readonly format: FormatId;
    /** The report's year, when the format follows from it. */
    readonly year?: number;
  };
  'import.format.year': {
    readonly year: number;
    readonly expected: FormatId;
    readonly printed: FormatId;
  };
  /** The title's year wins over the caller's. */
  'import.year.option': { readonly year: number; readonly option: number };
  /** No year in the title (or no title): the first year of the opening lines. */
  'import.year.text': { readonly hasTitle: boolean; readonly line: number; readonly year: number };
  /** No year printed anywhere: the caller's fallback year. */
  'import.year.fallback': { readonly hasTitle: boolean; readonly year: number };
  /** Our workbook's template is of another year than the one asked for. */
  'import.year.differs': { readonly year: number; readonly option: number };
  /** The printed agency wins over the caller's. */
  'import.agency.option': { readonly agency: string; readonly option: string };
  'import.agency.missing':
    | { readonly from: 'title'; readonly title: string }
    | { readonly from: 'noTitle' }
    /** Our workbook's cover sheet (its name) leaves 填报单位 empty. */
    | { readonly from: 'cover'; readonly sheet: string };

  // Headings and the narrative.
  'import.heading.missing': { readonly heading: string; readonly kind: 'table' | 'narrative' };
  'import.heading.variant': {
    readonly line: number;
    readonly printed: string;
    readonly expected: string;
  };
  /** A line of figures or a table row in a narrative part that fits no table: left out. */
  'import.narrative.figures': {
    readonly line: number;
    /** The part's heading; none for the text before 一. */
    readonly heading?: string;
    readonly text: string;
    readonly shape: 'figures' | 'tableRow';
  };
  'import.narrative.tooLong': { readonly heading?: string; readonly limit: number };
  'import.narrative.pageNumber': RemovedLines;
  'import.narrative.runningHeader': RemovedLines;
  'import.narrative.webChrome': RemovedLines;
  'import.narrative.fragment': RemovedLines;
  /** Lines before the title (text): not part of the report. */
  'import.text.beforeTitle': {
    readonly count: number;
    readonly first: number;
    readonly last: number;
  };
  /** Lines of a web page before the title. */
  'import.html.beforeTitle': { readonly count: number };
  /** Lines of a web page outside the element holding the report (navigation, footers). */
  'import.html.outside': { readonly count: number };
  /** No title printed on the page: its <title>, as printed. */
  'import.html.titleFromHead': { readonly title: string };
  /** Paragraphs of a Word file before the title. */
  'import.docx.beforeTitle': { readonly count: number };

  // The tables.
  'import.table.missing': { readonly table: TableId };
  /** Blank cells of a document's tables, written as `mark` in the text read. */
  'import.table.blankCells': { readonly count: number; readonly mark: string };
  'import.table.pageNumber': { readonly line: number; readonly printed: string };
  'import.table.blankRow': { readonly line: number; readonly label?: string };
  'import.table.unmatched': {
    readonly line: number;
    /** The printed words before the figures (shortened), if any. */
    readonly label?: string;
    readonly figures: string;
    readonly format: FormatId;
  };
  'import.table.missingRow': { readonly row: string };
  /** A line in a narrative part (`heading`) that holds table figures, read into `rows`. */
  'import.table.moved': {
    readonly line: number;
    readonly heading: string;
    readonly rows: readonly string[];
  };
  'import.label.missing': { readonly line: number; readonly figures: string; readonly row: string };
  'import.label.weak': {
    readonly line: number;
    readonly printed: string;
    readonly row: string;
    readonly percent: number;
  };
  'import.label.variant': { readonly line: number; readonly printed: string; readonly row: string };
  'import.group.collapsed': {
    readonly line: number;
    readonly group: string;
    readonly format: FormatId;
    readonly items: number;
    readonly figures: string;
    /** The group's catch-all item that took the figures; none: nothing was read. */
    readonly target?: string;
  };
  'import.rows.merged': {
    readonly line: number;
    readonly endLine: number;
    readonly row: string;
    readonly count: number;
    readonly format: FormatId;
  };
  'import.rows.oneLine': {
    readonly line: number;
    readonly count: number;
    readonly rows: readonly string[];
  };

  // The figures.
  /** A row's figures were not enough: the next line's were taken (`other`: the row that line looks like). */
  'import.figure.continued': {
    readonly line: number;
    readonly row: string;
    readonly nextLine: number;
    readonly nextLabel: string;
    readonly figures: string;
    readonly other?: string;
  };
  'import.figure.blanksAfter': {
    readonly line: number;
    readonly row: string;
    readonly cells: number;
    readonly blanks: number;
  };
  'import.figure.count': {
    readonly line: number;
    readonly row: string;
    readonly cells: number;
    readonly count: number;
    readonly figures: string;
    readonly fit: FigureFit;
  };
  /** A row of a group printed without figures under a merged 0. */
  'import.figure.mergedZero': { readonly row: string };
  /** A figure that is no value of its cell (`label`). */
  'import.figure.unreadable': UnreadableFigure & { readonly label: string };
  /** An amount printed in 元, converted to `wan` 万元. */
  'import.figure.yuan': {
    readonly line: number;
    readonly label: string;
    readonly printed: string;
    readonly wan: number;
  };
  /** A placeholder ("-", "/", "无") where a figure belongs: read as not filled. */
  'import.figure.placeholder': {
    readonly line: number;
    readonly label: string;
    readonly printed: string;
  };
  /** An amount printed without a unit under a label without one: read in the template's `unit`. */
  'import.figure.unit': {
    readonly line: number;
    readonly label: string;
    readonly printed: string;
    readonly unit: string;
  };
  /** A printed total that is not the sum of its items (`items`: the items' labels). */
  'import.totals.mismatch': {
    readonly label: string;
    readonly printed: number;
    readonly sum: number;
    readonly items: readonly string[];
  };

  // The file kinds.
  /** Our report JSON does not pass the schema (`reason`: the schema check's sentence). */
  'import.json.schema': { readonly reason: string };
  'import.pdf.positionOrder': Record<string, never>;
  'import.pdf.rotatedText': { readonly count: number };
  'import.pdf.missingCMap': { readonly encodings: readonly string[] };
  /** Formula errors in a sheet (`errors`: the first few cells, `count`: all). */
  'import.xlsx.formulaError': {
    readonly sheet: string;
    readonly count: number;
    readonly errors: readonly string[];
  };
}
