import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  defang,
  escapeHtml,
  excerpt,
  headerText,
  markup,
  multiline,
  profileUrl,
  raw,
  safeHttpUrl,
  safePostUrl,
} from '../../../lib/mail/escape';
import { parseTags } from './helpers';

describe('escapeHtml / markup``', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes interpolated strings and passes SafeHtml through', () => {
    const evil = '"><img src=x onerror=alert(1)>';
    const out = markup`<p title="${evil}">${evil}${raw('<br>')}</p>`.value;
    expect(out).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;<br></p>',
    );
    expect(parseTags(out).map((t) => t.name)).toEqual(['p', 'br']);
    expect(parseTags(out)[0]?.attrs.map((a) => a.name)).toEqual(['title']);
  });

  it('renders null/undefined/booleans as nothing and joins arrays', () => {
    expect(markup`${null}${undefined}${false}${true}${['a', raw('<b>')]}${3}`.value).toBe('a<b>3');
  });

  it('never lets an interpolated string create a tag or attribute (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = markup`<div title="${s}">${s}</div>`.value;
        const tags = parseTags(out);
        expect(tags.map((t) => t.name)).toEqual(['div']);
        expect(tags[0]?.attrs.map((a) => a.name)).toEqual(['title']);
      }),
      { numRuns: 500 },
    );
  });
});

describe('cleanText', () => {
  it('normalises CRLF and line separators, drops controls, shows bidi controls', () => {
    expect(cleanText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
    expect(cleanText('x\u0000\u0007\u001b[31my\u007f\u0085')).toBe('x[31my');
    expect(cleanText('invoice\u202Egpj.exe')).toBe('invoice[U+202E]gpj.exe');
    expect(cleanText('\u2066a\u2069\u200F')).toBe('[U+2066]a[U+2069][U+200F]');
    expect(cleanText('tab\tkept')).toBe('tab\tkept');
  });

  it('keeps emoji and other scripts', () => {
    expect(cleanText('👍🏽 مرحبا Łódź')).toBe('👍🏽 مرحبا Łódź');
  });
});

describe('headerText', () => {
  it('flattens anything that could end a header line', () => {
    expect(headerText('Evil\r\nBcc: x@evil.example\nX: y')).toBe('Evil Bcc: x@evil.example X: y');
    expect(headerText('a\u2028b\u0000c\u202Ed\tE')).toBe('a b c d E');
  });

  it('caps the length with an ellipsis', () => {
    expect(headerText('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('never contains CR, LF or other controls (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(headerText(s)).not.toMatch(
          // eslint-disable-next-line no-control-regex -- finding control characters is the point
          /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('URLs', () => {
  it('accepts only x.com / twitter.com post links, upgraded to https', () => {
    expect(safePostUrl('https://x.com/a/status/1')).toBe('https://x.com/a/status/1');
    expect(safePostUrl('http://twitter.com/a/status/1')).toBe('https://twitter.com/a/status/1');
    expect(safePostUrl('https://mobile.twitter.com/a/status/1?s=20')).toBe(
      'https://mobile.twitter.com/a/status/1?s=20',
    );
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'https://evil.example/x.com',
      'https://x.com.evil.example/',
      'https://x.com@evil.example/',
      'https://user:pw@x.com/',
      'https://x.com:8443/a',
      '//x.com/a',
      'x.com/a',
      'ftp://x.com/a',
      '',
    ])
      expect(safePostUrl(bad), bad).toBeUndefined();
  });

  it('percent-encodes quotes so a link cannot break out of its attribute', () => {
    const u = safePostUrl('https://x.com/a"><script>alert(1)</script>');
    expect(u).toBe('https://x.com/a%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
  });

  it('accepts http(s) action links only', () => {
    expect(safeHttpUrl('https://abc.lambda-url.eu-west-2.on.aws/?t=v1.a.b')).toBe(
      'https://abc.lambda-url.eu-west-2.on.aws/?t=v1.a.b',
    );
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('https://u:p@host/')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });

  it('builds profile links only for valid X handles', () => {
    expect(profileUrl('@KingsmeadAcad')).toBe('https://x.com/KingsmeadAcad');
    expect(profileUrl('x"><script>')).toBeUndefined();
    expect(profileUrl('waytoolonghandle123')).toBeUndefined();
  });

  it('defangs what it shows as text', () => {
    expect(defang('https://evil.example/phish')).toBe('hxxps[:]//evil[.]example/phish');
    expect(defang('javascript:alert(document.cookie)')).toBe('javascript[:]alert(document[.]cookie)');
    expect(defang('https://a.example/\r\nBcc: x')).not.toMatch(/[\r\n]/);
  });
});

describe('multiline / excerpt', () => {
  it('turns line breaks into <br> after escaping', () => {
    expect(multiline('a<b\r\nc').value).toBe('a&lt;b<br>c');
  });

  it('shortens on a word boundary and never splits a surrogate pair', () => {
    expect(excerpt('one two three four five six', 15)).toBe('one two three…');
    const e = excerpt(`${'a'.repeat(9)}😀😀😀`, 11);
    expect(e.endsWith('…')).toBe(true);
    expect(e).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
