/**
 * The codes of the rollover's notes (`rollover.<what>`, src/domain/rollover) and their parameters.
 * Labels are the templates' printed labels (data, not wording); formats are format ids, whose
 * circulars the wording looks up.
 */
import type { FormatId } from '../../templates/template.types.ts';

/** A printed label and its figure, e.g. { label: '自然人', value: 3 }. */
export interface LabelledFigure {
  readonly label: string;
  readonly value: number;
}

/** The row 二、上年结转 of the new draft and the row 四、结转下年度继续办理 of last year's report. */
export interface CarryRows {
  /** The new draft's row label: 二、上年结转政府信息公开申请数量. */
  readonly row: string;
  /** Last year's row label: 四、结转下年度继续办理. */
  readonly from: string;
  readonly lastYear: number;
}

export interface RolloverNoteParams {
  /** 二、上年结转 carried column by column (总计 last, when every column was filled). */
  'rollover.carriedOver': CarryRows & { readonly figures: readonly LabelledFigure[] };
  /** Columns of last year's 四、结转 left empty; `all` when none was filled. */
  'rollover.carriedOver.incomplete': CarryRows & {
    readonly columns: readonly string[];
    readonly all: boolean;
  };
  /** The draft is more than one year after last year's report. */
  'rollover.year.gap': CarryRows & { readonly year: number };
  /** Last year's 现行有效件数 are this year's baseline. */
  'rollover.active.baseline': {
    /** Column labels: 现行有效件数, 本年制发件数, 本年废止件数. */
    readonly inForce: string;
    readonly issued: string;
    readonly repealed: string;
    /** Per row (规章, 行政规范性文件) last year's 现行有效件数. */
    readonly figures: readonly LabelledFigure[];
  };
  /** Last year's 现行有效件数 left empty in these cells (full cell labels). */
  'rollover.active.baselineMissing': { readonly cells: readonly string[] };
  /** Table 二 not carried nor compared: last year's format differs. */
  'rollover.active.notCarried': {
    /** Section 二's heading without its number: 主动公开政府信息情况. */
    readonly heading: string;
    readonly lastFormat: FormatId;
    readonly format: FormatId;
    /** 2019 → 2021: how the columns changed (labels of the two templates). */
    readonly changed?: {
      /** 第二十条第（一）项 */
      readonly group: string;
      readonly lastColumns: readonly string[];
      readonly columns: readonly string[];
      /** 对外公开总数量 (2019) and 现行有效件数 (2021). */
      readonly publicTotal: string;
      readonly inForce: string;
      /** 第二十条第（九）项 and its row 政府集中采购, dropped in 2021. */
      readonly procurementGroup: string;
      readonly procurement: string;
    };
  };
  /** Last year had no 现行有效件数 (2019 format): this year's must be counted from scratch. */
  'rollover.active.baselineNeeded': {
    readonly inForce: string;
    readonly repealed: string;
    /** Row labels: 规章, 行政规范性文件. */
    readonly rows: readonly string[];
  };
  /** 2019 → 2019: 上一年项目数量 is compared with last year's plus 本年增/减. */
  'rollover.active.previousItems': {
    readonly heading: string;
    readonly previousItems: string;
    readonly change: string;
  };
  /** The formats differ: （六）其他处理 has 3 rows in 2021 and one in 2019. */
  'rollover.requests.otherHandling': {
    /** Section 三's heading without its number. */
    readonly heading: string;
    /** The 2021 group label and the 2019 row label of （六）其他处理. */
    readonly split: string;
    readonly single: string;
  };
  'rollover.tables.empty': { readonly row: string };
  /** Cases of table 四 not yet concluded last year (未审结/未结), by row. */
  'rollover.reviews.pending': { readonly cases: readonly LabelledFigure[] };
  /** Last year's report kept as `previous`; what it is compared for. */
  'rollover.previous': {
    readonly lastYear: number;
    readonly row: string;
    /** The column compared across years when the formats agree (现行有效件数 / 上一年项目数量). */
    readonly column?: string;
  };
  /** The report of the year before last, attached to last year's, is not kept. */
  'rollover.previous.chain': { readonly year: number };
  'rollover.narrative.copied': Record<string, never>;
  /** The copied text names last year (`${year}年`) `count` times. */
  'rollover.narrative.yearMentions': { readonly year: number; readonly count: number };
  /** The copied text was written for the 2019 format; section 六 needs more in 2021. */
  'rollover.narrative.formatChanged': { readonly lastFormat: FormatId; readonly heading: string };
  'rollover.narrative.nothingToCopy': Record<string, never>;
  'rollover.narrative.empty': Record<string, never>;
  /** Last year's 说明 are not carried. */
  'rollover.acknowledgements': { readonly count: number };
}
