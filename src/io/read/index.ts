export { decodeTextBytes } from './decode-text.ts';
export { excelOleReason, isXlsxZip } from './sniff-office.ts';
export { FILE_LIMITS, READ_MESSAGES, tooLargeReason, tooLargeToRead } from './limits.ts';
export {
  readChosenFile,
  sniffFile,
  type FileSource,
  type ReadFile,
  type SniffedFile,
} from './read-file.ts';
