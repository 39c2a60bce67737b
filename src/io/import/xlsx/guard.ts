/**
 * The checks an .xlsx passes before exceljs reads it: a zip whose entries are not encrypted and
 * whose parts, once inflated, stay under a limit (a zip bomb of a few kB that inflates to
 * gigabytes is stopped after the limit, whatever its directory claims).
 */
import { FILE_LIMITS } from '../../read/index.ts';
import { readZipDirectory, readZipParts, ZipError } from '../../read/zip.ts';

const MB = 1024 * 1024;
const MAX_ENTRIES = 2_000;

/** One line of Chinese when the workbook cannot be read safely, else null. */
export function xlsxZipProblem(bytes: Uint8Array, name: string): string | null {
  try {
    const entries = readZipDirectory(bytes);
    if (entries.length > MAX_ENTRIES)
      return `“${name}”包含的部件过多（${entries.length} 个），不像是 Excel 工作簿，未读取`;
    if (!entries.some((e) => e.name === 'xl/workbook.xml'))
      return `“${name}”不是 Excel 工作簿（.xlsx），无法读取`;
    const limit = FILE_LIMITS.xlsxUnpacked;
    readZipParts(bytes, entries, (part) => (part.endsWith('/') ? null : limit), {
      total: limit,
      keep: false,
    });
    return null;
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    switch (error.why) {
      case 'encrypted':
        return `“${name}”设有密码（已加密），无法读取；请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入`;
      case 'tooLarge':
        return `“${name}”解压后超过 ${FILE_LIMITS.xlsxUnpacked / MB} MB，不像是一份年度报告的表格（可能是恶意或损坏的文件），未读取`;
      case 'unsupported':
        return `“${name}”使用了无法读取的压缩方式，请在 Excel 或 WPS 中另存为 .xlsx 后再导入`;
      case 'notZip':
      case 'corrupt':
        return `“${name}”已损坏或不完整，无法作为 Excel 工作簿（.xlsx）读取`;
    }
  }
}
