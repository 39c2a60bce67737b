/** Words the 帮助 page explains beside the severities (see SEVERITY_MEANINGS in words.ts). */
import { ACKNOWLEDGED_WORD, READY_WORD, SEVERITY_WORDS } from './words.ts';

/** What 已说明 means. */
export const ACKNOWLEDGED_MEANING = `写了说明的${SEVERITY_WORDS.warning}问题标为“${ACKNOWLEDGED_WORD}”：说明随报告保存，不再计为待处理。${SEVERITY_WORDS.error}不能用说明关闭，只能改正。`;

/** What 可以导出 means. */
export const READY_MEANING = `每一格都已填写（没有的填 0）、正文必备部分都已写好、没有未改正的${SEVERITY_WORDS.error}时，显示“${READY_WORD}”。`;
