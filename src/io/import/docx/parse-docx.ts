/**
 * Word (.docx) → report. The package is opened by ../../read/zip.ts (fflate's streaming unzip,
 * inflating stopped at a limit), only the main document part is read (headers and footers, which hold the
 * page numbers, are not), its body becomes paragraphs and table grids (word-blocks.ts), and
 * those become the text lines the plain-text importer reads (../html/document-text.ts).
 *
 * The document is data only: nothing in it is executed, and its text is never treated as markup.
 */
import { note } from '../../../domain/index.ts';
import type { ImportFinding, ImportOptions, ImportResult } from '../import.types.ts';
import { tooLargeReason } from '../../read/limits.ts';
import {
  beyondTextLimits,
  blankCellsNote,
  documentLines,
  headingLines,
  importDocumentLines,
  titleLines,
  type DocumentImport,
} from '../html/document-text.ts';
import { NotWordError, readWordBlocks } from './word-blocks.ts';
import { decodeXml, scanXml, xmlAttribute } from './xml-scan.ts';
import { readZipDirectory, readZipPart, ZipError, type ZipEntry } from '../../read/zip.ts';

const MB = 1024 * 1024;
/** Larger than any real annual report (the dispatcher's limit too). */
export const MAX_DOCX_BYTES = 20 * MB;
/** The most the main document part may inflate to. */
export const MAX_DOCUMENT_XML_BYTES = 50 * MB;
const MAX_RELS_BYTES = 1 * MB;
const RELS = '_rels/.rels';

const OFFICE_DOCUMENT = /\/officeDocument$/u;

/** Other kinds of zip files people may pick by mistake, by a part only they have. */
const OTHER_PACKAGES: readonly (readonly [string, string])[] = [
  ['xl/workbook.xml', 'Excel 表格（.xlsx）'],
  ['ppt/presentation.xml', 'PowerPoint 演示文稿（.pptx）'],
  ['content.xml', 'OpenDocument 文档（.odt 等）'],
];

const fail = (reason: string): DocumentImport => ({ result: { ok: false, reason } });

function decodeUtf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** The path of the main document part, as the package's relationships name it. */
function mainPartName(
  bytes: Uint8Array,
  directory: readonly ZipEntry[],
  names: ReadonlySet<string>,
): string {
  const fallback = 'word/document.xml';
  if (!names.has(RELS)) return fallback;
  let target: string | undefined;
  try {
    scanXml(decodeUtf(readZipPart(bytes, directory, RELS, MAX_RELS_BYTES)), {
      start(name, attributes) {
        if (target !== undefined || !/(^|:)Relationship$/u.test(name)) return;
        if (OFFICE_DOCUMENT.test(xmlAttribute(attributes, 'Type') ?? ''))
          target = xmlAttribute(attributes, 'Target');
      },
      end() {},
      text() {},
    });
  } catch {
    return fallback;
  }
  if (target === undefined) return fallback;
  const path = decodeXml(target).replace(/^\/+/u, '').replace(/^\.\//u, '');
  return names.has(path) ? path : fallback;
}

function zipReason(error: ZipError, name: string): string {
  switch (error.why) {
    case 'notZip':
      return `“${name}”不是 Word 文档（.docx），无法读取`;
    case 'encrypted':
      return `“${name}”设有密码（已加密），请在 Word 或 WPS 中取消密码、另存后再导入`;
    case 'tooLarge':
      return `“${name}”的正文解压后超过 ${MAX_DOCUMENT_XML_BYTES / MB} MB，不像是一份年度报告（文件可能已损坏），未读取`;
    case 'unsupported':
      return `“${name}”使用了无法读取的压缩方式，请在 Word 或 WPS 中另存为 .docx 后再导入`;
    case 'corrupt':
      return `“${name}”已损坏或不完整，无法作为 Word 文档（.docx）读取`;
  }
}

/** The text before the title (a cover sheet, an index number…): not part of the report. */
function beforeTitleNote(count: number): ImportFinding {
  return note('import.docx.beforeTitle', 'info', { count });
}

/**
 * Reads an annual report from a .docx file: the result, and the text that was read (the lines
 * the findings' line numbers refer to).
 * @example readReportDocx(readFileSync('report.docx')).result.ok
 */
export function readReportDocx(bytes: Uint8Array, options: ImportOptions = {}): DocumentImport {
  const name = options.name ?? 'Word 文件';
  if (bytes.length === 0) return fail(`“${name}”是空文件`);
  const tooLarge = tooLargeReason(name, bytes.length, MAX_DOCX_BYTES);
  if (tooLarge) return fail(tooLarge);
  let xml: string;
  try {
    const directory = readZipDirectory(bytes);
    const names = new Set(directory.map((e) => e.name));
    const main = mainPartName(bytes, directory, names);
    if (!names.has(main)) {
      const other = OTHER_PACKAGES.find(([part]) => names.has(part));
      return fail(
        other
          ? `“${name}”是${other[1]}，不是 Word 文档（.docx），无法读取`
          : `“${name}”不是 Word 文档（.docx），无法读取`,
      );
    }
    xml = decodeUtf(readZipPart(bytes, directory, main, MAX_DOCUMENT_XML_BYTES));
  } catch (error) {
    if (error instanceof ZipError) return fail(zipReason(error, name));
    return fail(`“${name}”已损坏或不完整，无法作为 Word 文档（.docx）读取`);
  }

  let blocks;
  try {
    blocks = readWordBlocks(xml);
  } catch (error) {
    if (error instanceof NotWordError) return fail(`“${name}”不是 Word 文档（.docx），无法读取`);
    return fail(`“${name}”的内容无法读取（文件可能已损坏）`);
  }
  const { lines: all, blanks } = documentLines(blocks);
  if (all.length === 0)
    return fail(`“${name}”里没有文字（可能只有图片或扫描件），无法识别为年度报告`);

  if (beyondTextLimits(all)) return importDocumentLines(all, 'docx', options, []);

  // Whatever comes before the title (a cover sheet, 索引号 …) is not the report.
  const notes: ImportFinding[] = [];
  const first = headingLines(all)[0] ?? all.length;
  const title = titleLines(all, 0, first);
  let lines = all;
  if (title && title.first > 0) {
    notes.push(beforeTitleNote(title.first));
    lines = all.slice(title.first);
  }
  notes.push(...blankCellsNote(blanks));
  return importDocumentLines(lines, 'docx', options, notes);
}

/**
 * Reads an annual report from a .docx file.
 * @example parseReportDocx(readFileSync('report.docx')).ok
 */
export function parseReportDocx(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  return readReportDocx(bytes, options).result;
}
