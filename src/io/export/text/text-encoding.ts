/**
 * Line ends and byte-order mark of the plain-text export: 'windows' (CRLF with a UTF-8 BOM, the
 * default: old Notepad and Excel read it right) or 'unix' (LF, no BOM, for scripts and diffs).
 */
export type TextEncoding = 'windows' | 'unix';
export const TEXT_ENCODINGS: readonly TextEncoding[] = ['windows', 'unix'];
