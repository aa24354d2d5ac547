import { describe, expect, it } from 'vitest';
import { readTag } from '../../src/check/mdx-tag.ts';

const fault = (text: string) => readTag(text, text.indexOf('<')).fault;

describe('readTag', () => {
  it('tells a "<" in a sentence from a tag', () => {
    expect(fault('ít hơn <5 người')).toEqual({ kind: 'stray' });
    expect(fault('chọn a <b c.')).toEqual({ kind: 'stray' });
    expect(fault('<Giá 5, rẻ')).toEqual({ kind: 'stray' });
    expect(fault('<https://vneid.gov.vn/>')).toEqual({ kind: 'address', url: 'https://vneid.gov.vn/' });
  });

  it('finds the attribute that is wrong, and where', () => {
    expect(fault('<Callout type=warning>')).toEqual({ kind: 'bare-value', attribute: 'type', value: 'warning', offset: 9 });
    expect(fault('<Callout title="a" type=\'note>')).toEqual({ kind: 'open-quote', attribute: 'type', quote: "'", offset: 19 });
    expect(fault('<Callout title="Mã "OTP"">')).toEqual({ kind: 'quote-inside', attribute: 'title', offset: 9 });
    expect(fault('<Figure src={anh alt="x" />')).toEqual({ kind: 'open-brace', attribute: 'src', offset: 8 });
    expect(fault('<Callout type=>')).toEqual({ kind: 'no-value', attribute: 'type', offset: 9 });
    expect(fault('<Callout {...x}>')).toEqual({ kind: 'bad-character', character: '{', offset: 9 });
    expect(fault('<LinkCard id="x"\n\nĐoạn sau')).toEqual({ kind: 'unclosed-tag' });
  });

  it('finds nothing in a tag that reads well', () => {
    expect(readTag('<Callout type="warning" title=\'Chú ý\'>', 0)).toEqual({ name: 'Callout', closing: false, fault: undefined });
    expect(readTag('<Figure\n  src={anh}\n  alt="Hình"\n/>', 0).fault).toBeUndefined();
  });
});
