/** The Markdown processor's NFC plugin: a body typed in NFD renders as NFC, anchors too. */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { nfcMarkdown } from '../../src/integrations/nfc-markdown.ts';

const BODY = '## Ngày Chuyển đổi số\n\nNgười dân ![Ảnh màn hình](a.png "Trang chủ") `mã số`\n';

describe('nfcMarkdown', () => {
  it('turns NFD text, image alt and title, code and heading ids into NFC', async () => {
    const plain = await (await createSatteriMarkdownProcessor()).render(BODY.normalize('NFD'));
    // Without it, NFD goes through as typed.
    expect(plain.code.normalize('NFC') === plain.code).toBe(false);
    const { code, metadata } = await (await createSatteriMarkdownProcessor({ mdastPlugins: [nfcMarkdown] })).render(BODY.normalize('NFD'));
    const expected = await (await createSatteriMarkdownProcessor()).render(BODY);
    expect(code).toBe(expected.code);
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'ngày-chuyển-đổi-số', text: 'Ngày Chuyển đổi số' }]);
  });
});
