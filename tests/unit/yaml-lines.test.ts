/** The light reading of YAML source the content check's messages are built on. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanYaml } from '../../src/check/yaml-lines.ts';
import { ROOT } from '../fixtures/content-copy.ts';

describe('scanYaml', () => {
  it('finds keys, list items and where values start', () => {
    const scan = scanYaml('title: Kế hoạch\nlocality:\n  name: Thạch Hà\nlinks:\n  - vneid');
    expect(scan.lines.map((line) => [line.key, line.dash, line.valueColumn])).toEqual([
      ['title', false, 7],
      ['locality', false, undefined],
      ['name', false, 8],
      ['links', false, undefined],
      [undefined, true, 4],
    ]);
  });

  it('tells a comment from a "#" inside quotes or glued to a word', () => {
    const scan = scanYaml('a: x # ghi chú\nb: "x #y"\nc: x#y\nd: https://a.vn/#muc\n');
    expect(scan.plains.map((value) => [value.text, value.comment?.text])).toEqual([
      ['x', ' ghi chú'],
      ['x#y', undefined],
      ['https://a.vn/#muc', undefined],
    ]);
    expect(scan.quoted.map((value) => value.comment)).toEqual([undefined]);
  });

  it('reads anchors, aliases and tags only where a value starts, not inside text or quotes', () => {
    const scan = scanYaml('a: &x [1]\nb: *x\nc: [*x, "&y", a *b]\nd: Tổ chức *hội thi*\ne: "*x"\nf: ! x\n');
    expect(scan.properties.map((property) => `${property.line}:${property.text}`)).toEqual(['1:&x', '2:*x', '3:*x', '6:!']);
  });

  it('knows what a line is inside: a quote, a [ list, a | block, the next line of a value', () => {
    const scan = scanYaml('a: "mở\n  tiếp"\nb: [x,\n  y]\nc: |\n  #dòng\n  *sao\nd: chữ\n  *tiếp\ne: 1');
    expect(scan.lines.map((line) => line.context)).toEqual(['block', 'double', 'block', 'flow', 'block', 'literal', 'literal', 'block', 'plain', 'block']);
    expect(scan.properties).toEqual([]);
  });

  it('keeps the items of a one-line [ ] list as typed, quoted or not', () => {
    const scan = scanYaml('lead: [Sở A, "UBND các xã, phường", Công an tỉnh]\n');
    expect(scan.flows[0]?.items.map((item) => [item.text, item.quoted])).toEqual([
      ['Sở A', false],
      ['"UBND các xã, phường"', true],
      ['Công an tỉnh', false],
    ]);
  });

  it('marks a quote or a bracket never closed', () => {
    expect(scanYaml('a: "mở\nb: 1\n').quoted[0]?.end).toBeUndefined();
    expect(scanYaml('a: [x, y\nb: 1\n').flows[0]?.end).toBeUndefined();
    expect(scanYaml('a: "x" y\n').quoted[0]?.after).toBe('y');
    expect(scanYaml('a: [x] y\n').flows[0]?.after).toBe('y');
  });

  it('reads every shipped YAML file without finding anything odd', () => {
    const dir = join(ROOT, 'content');
    const files = ['site.yaml', 'links.yaml', 'tim-kiem.yaml', ...readdirSync(join(dir, 'years')).map((name) => `years/${name}`)];
    const sources = files.map((file) => readFileSync(join(dir, file), 'utf8'));
    for (const folder of ['plans', 'guides', 'pages']) {
      for (const name of readdirSync(join(dir, folder)).filter((file) => /\.mdx?$/.test(file))) {
        sources.push(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, folder, name), 'utf8'))?.[1] ?? '');
      }
    }
    for (const source of sources) {
      const scan = scanYaml(source);
      expect(scan.properties).toEqual([]);
      expect(scan.quoted.filter((value) => !value.end || value.after)).toEqual([]);
      expect(scan.flows.filter((value) => !value.end || value.after)).toEqual([]);
    }
  });
});
