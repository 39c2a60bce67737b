/**
 * Test-only: small PDFs written by hand (a page with a drawn rectangle and no text, a page of
 * plain Latin text, a PDF that needs a password), with a correct cross-reference table.
 */

/** A PDF file from its objects (1-based: objects[0] is object 1) and trailer entries. */
export function buildPdf(objects: readonly string[], trailer = ''): Uint8Array {
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1: every character is one byte, so the offsets above are byte offsets.
  return Uint8Array.from(out, (ch) => ch.charCodeAt(0));
}

const stream = (content: string): string =>
  `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;

/** One A4 page with the given content stream and resources (and page rotation, if any). */
function onePage(
  content: string,
  resources: string,
  extra: readonly string[] = [],
  rotate = 0,
): string[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate ${rotate} /Resources ${resources} /Contents 4 0 R >>`,
    stream(content),
    ...extra,
  ];
}

/** A valid one-page PDF with only a drawn rectangle: what a scan looks like to a text reader. */
export function pdfWithoutText(): Uint8Array {
  return buildPdf(onePage('0.5 w 72 72 451 698 re S', '<< >>'));
}

/**
 * A one-page PDF of Latin text lines in Helvetica (a standard font, not embedded). With
 * `landscape`, the page is shown turned by 90° (/Rotate 90) and the text is drawn turned the
 * other way, so that it reads normally on the screen, as in a landscape table page.
 */
export function pdfWithLatinText(lines: readonly string[], landscape = false): Uint8Array {
  const body = lines
    .map((l, i) => {
      const text = `(${l.replace(/[()\\]/g, '\\$&')}) Tj`;
      // Landscape: text runs up the portrait page; lines follow each other to the right.
      const at = landscape ? `0 1 -1 0 ${100 + i * 18} 72 Tm` : `1 0 0 1 72 ${770 - i * 18} Tm`;
      return `BT /F1 12 Tf ${at} ${text} ET`;
    })
    .join('\n');
  return buildPdf(
    onePage(
      body,
      '<< /Font << /F1 5 0 R >> >>',
      ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'],
      landscape ? 90 : 0,
    ),
  );
}

/**
 * A PDF that needs a password to open: a standard security handler (RC4, revision 2) whose
 * check value does not match the empty password.
 */
export function pdfWithPassword(): Uint8Array {
  const hex32 = (seed: number) =>
    Array.from({ length: 32 }, (_, i) =>
      ((seed * 31 + i * 17) % 256).toString(16).padStart(2, '0'),
    ).join('');
  return buildPdf(
    [
      ...onePage('0.5 w 72 72 451 698 re S', '<< >>'),
      `<< /Filter /Standard /V 1 /R 2 /O <${hex32(7)}> /U <${hex32(11)}> /P -4 >>`,
    ],
    `/Encrypt 5 0 R /ID [<${hex32(3).slice(0, 32)}> <${hex32(3).slice(0, 32)}>] `,
  );
}

/** UTF-16 code units, big-endian, as hex: the bytes of a UniGB-UCS2-H string. */
const ucs2Hex = (text: string): string =>
  [...text].map((ch) => (ch.codePointAt(0)! & 0xffff).toString(16).padStart(4, '0')).join('');

/**
 * A PDF of text lines (40 a page, a page number "- n -" at each foot) in a Chinese font that is
 * not embedded (STSong-Light, encoding UniGB-UCS2-H): the text can only be read with the
 * predefined CMaps UniGB-UCS2-H and Adobe-GB1-UCS2, as in PDFs made by older tools. (Another
 * `encoding` names a different CMap, e.g. one that does not exist.)
 */
export function pdfFromLines(lines: readonly string[], encoding = 'UniGB-UCS2-H'): Uint8Array {
  const perPage = 40;
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${6 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${encoding} /DescendantFonts [4 0 R] >>`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  pages.forEach((pageLines, p) => {
    const body = [
      ...pageLines.map(
        (line, i) => `BT /F1 10.5 Tf 72 ${780 - i * 17} Td <${ucs2Hex(line)}> Tj ET`,
      ),
      `BT /F1 10.5 Tf 280 40 Td <${ucs2Hex(`- ${p + 1} -`)}> Tj ET`,
    ].join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${7 + 2 * p} 0 R >>`,
      stream(body),
    );
  });
  return buildPdf(objects);
}
