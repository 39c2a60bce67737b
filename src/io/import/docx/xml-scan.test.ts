import { describe, expect, it } from 'vitest';
import { decodeXml, scanXml, xmlAttribute } from './xml-scan.ts';

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    start: (name, attributes, selfClosing) =>
      out.push(
        `<${name}${attributes.trim() ? ` ${attributes.trim()}` : ''}${selfClosing ? '/' : ''}>`,
      ),
    end: (name) => out.push(`</${name}>`),
    text: (raw, cdata) => out.push(cdata ? `cdata:${raw}` : decodeXml(raw)),
  });
  return out;
}

describe('scanXml', () => {
  it('reports tags, attributes (with > inside quotes) and text, skipping comments and declarations', () => {
    expect(
      events(
        '<?xml version="1.0"?><!-- a <b> --><w:t a="x>y" b=\'2\'>1 &lt; 2 &#20013;&#x6587;</w:t><w:br/><![CDATA[<raw>]]>',
      ),
    ).toEqual(['<w:t a="x>y" b=\'2\'>', '1 < 2 中文', '</w:t>', '<w:br/>', 'cdata:<raw>']);
  });

  it('survives malformed markup', () => {
    // A '<' that starts no tag is skipped; what follows is text.
    expect(events('a < b <w:p x="unterminated>c</w:p>')).toEqual([
      'a ',
      ' b ',
      'w:p x="unterminated>c',
      '</w:p>',
    ]);
  });

  it('reads one attribute, decoded', () => {
    expect(xmlAttribute(' w:val="restart" w:x="a&amp;b"', 'w:x')).toBe('a&b');
    expect(xmlAttribute(' w:val="restart"', 'w:gridSpan')).toBeUndefined();
  });

  it('decodes only XML references, and no invalid code point', () => {
    expect(decodeXml('&amp;lt; &nbsp; &#0; &#xD800;')).toBe('&lt; &nbsp; \ufffd \ufffd');
  });
});
