/**
 * Characters that look like common Chinese characters but are not them. A font often draws
 * 民 and the radical ⺠ with the same glyph, and the PDF's text mapping may name the radical: the
 * text then reads "中华人⺠共和国" and no label or search matches it. Chromium's PDFs (the
 * HTML export printed to PDF) do this for 民门长风…; Word's do it with Kangxi radicals (⾏).
 *
 * - Kangxi radicals (U+2F00–2FD5) and CJK compatibility ideographs (U+F900–FAFF): their
 *   compatibility decomposition (NFKC) is the usual character.
 * - CJK radicals supplement (U+2E80–2EF3): no decomposition; the table below follows Unicode's
 *   EquivalentUnifiedIdeograph.txt for the radicals that are characters (or components) of
 *   simplified Chinese.
 */
const RADICALS_SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2E81': '厂',
  '\u2E85': '亻',
  '\u2E89': '刂',
  '\u2E8A': '卜',
  '\u2E96': '忄',
  '\u2E98': '扌',
  '\u2E99': '攵',
  '\u2E9C': '日',
  '\u2E9D': '月',
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EA1': '氵',
  '\u2EA3': '灬',
  '\u2EA8': '犭',
  '\u2EA9': '王',
  '\u2EAC': '示',
  '\u2EAD': '礻',
  '\u2EAE': '竹',
  '\u2EB0': '纟',
  '\u2EBC': '月',
  '\u2EBD': '臼',
  '\u2EBE': '艹',
  '\u2EC1': '虎',
  '\u2EC2': '衤',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC8': '讠',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ECC': '辶',
  '\u2ECF': '阝',
  '\u2ED0': '钅',
  '\u2ED1': '長',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED6': '阝',
  '\u2ED7': '雨',
  '\u2ED8': '青',
  '\u2ED9': '韦',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE0': '饣',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEB': '斉',
  '\u2EEC': '齐',
  '\u2EED': '歯',
  '\u2EEE': '齿',
  '\u2EEF': '竜',
  '\u2EF0': '龙',
  '\u2EF1': '龜',
  '\u2EF2': '亀',
  '\u2EF3': '龟',
};

const LOOK_ALIKE = /[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF]/gu;

/**
 * The text with radicals and compatibility ideographs replaced by the usual characters.
 * @example unifyIdeographs('中华人⺠共和国部⻔') // '中华人民共和国部门'
 */
export function unifyIdeographs(text: string): string {
  return text.replace(LOOK_ALIKE, (ch) => RADICALS_SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}
