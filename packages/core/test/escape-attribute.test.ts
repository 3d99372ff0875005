import { describe, expect, it } from 'vitest';
import { escapeAttribute, markerHtml } from '../src/markup';
import { parseSingleScript } from '@flocktory-ssr/test-support';

describe('escapeAttribute', () => {
  it('escapes what can end or confuse an attribute value', () => {
    expect(escapeAttribute(`a&b"c'd<e>f\rg`)).toBe('a&amp;b&quot;c&#x27;d&lt;e&gt;f&#13;g');
    expect(escapeAttribute('plain-value_1')).toBe('plain-value_1');
  });

  it('round-trips through an HTML parser', () => {
    const value = `" onload="alert(1)" x='&amp;<script>\r\n`;
    expect(parseSingleScript(`<script data-x="${escapeAttribute(value)}"></script>`).attributes).toEqual({ 'data-x': value });
  });
});

describe('markerHtml', () => {
  it('writes the attributes in their order, every value escaped', () => {
    expect(
      markerHtml([
        ['class', 'i-flocktory'],
        ['data-fl-spot', `"><script>&'`],
      ]),
    ).toBe('<div class="i-flocktory" data-fl-spot="&quot;&gt;&lt;script&gt;&amp;&#x27;"></div>');
  });
});
