/**
 * What a guide's one-sheet handout (/ky-nang-so/<skill>/to-roi/) is made of, read from the
 * guide's MDX text: every <Steps> block, with the heading it sits under, every warning or
 * danger <Callout>, every <HelpLine> and every <Question> of a <Quiz> (its answer printed
 * apart from it), in the guide's order. The rest (preparation, notes, figures, prose)
 * stays on the guide's page: one sheet has room only for what to do, what never to do,
 * whom to call and the questions a team asks at the door.
 * The Markdown is returned as written, for Astro to render; nothing is copied by hand.
 */
import { findBlocks, findComponent } from '../check/mdx-body.ts';
import { formatDate, type IsoDate } from './dates.ts';
import { portalOwner } from './labels.ts';
import type { Level } from '../schemas/common.ts';

export type WarningLevel = 'warning' | 'danger';

export type HandoutBlock =
  | {
      kind: 'steps';
      /** The section heading above the block, as plain text; undefined when there is none. */
      heading: string | undefined;
      markdown: string;
      line: number;
    }
  | {
      kind: 'warning';
      level: WarningLevel;
      title: string | undefined;
      markdown: string;
      line: number;
    }
  | {
      kind: 'helpline';
      number: string;
      name: string;
      /** The optional description; empty when the tag closes itself. */
      markdown: string;
      line: number;
    }
  | {
      kind: 'question';
      question: string;
      /** The answer. */
      markdown: string;
      line: number;
    };

const WARNING_LEVELS: readonly string[] = ['warning', 'danger'] satisfies WarningLevel[];

/** A Markdown heading (## …), its closing hashes and inline marks dropped. */
const HEADING = /^#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/gm;

/** The last heading written before `offset`, as a reader sees it. */
export function headingBefore(body: string, offset: number): string | undefined {
  const headings = [...body.slice(0, offset).matchAll(HEADING)];
  const text = headings.at(-1)?.[1];
  return text === undefined ? undefined : text.replace(/[*_`]/g, '').trim();
}

/** The blocks in the guide's order; the text between the tags trimmed of the blank lines MDX wants around it. */
export function handoutBlocks(body: string, firstLine = 1): HandoutBlock[] {
  const steps = findBlocks(body, 'Steps', firstLine).flatMap((block) =>
    block.content === undefined
      ? []
      : [{ offset: block.offset, block: { kind: 'steps', heading: headingBefore(body, block.offset), markdown: block.content.trim(), line: block.line } as const }],
  );
  const warnings = findBlocks(body, 'Callout', firstLine).flatMap((block) => {
    const level = block.attributes.type;
    if (block.content === undefined || typeof level !== 'string' || !WARNING_LEVELS.includes(level)) return [];
    const title = typeof block.attributes.title === 'string' ? block.attributes.title : undefined;
    return [{ offset: block.offset, block: { kind: 'warning', level: level as WarningLevel, title, markdown: block.content.trim(), line: block.line } as const }];
  });
  const questions = findBlocks(body, 'Question', firstLine).flatMap((block) => {
    const question = block.attributes.text;
    if (block.content === undefined || typeof question !== 'string') return [];
    return [{ offset: block.offset, block: { kind: 'question', question, markdown: block.content.trim(), line: block.line } as const }];
  });
  return [...steps, ...warnings, ...helpLines(body, firstLine), ...questions].sort((a, b) => a.offset - b.offset).map(({ block }) => block);
}

/** Every <HelpLine>, written with a description or closing itself. */
function helpLines(body: string, firstLine: number) {
  const described = findBlocks(body, 'HelpLine', firstLine);
  return findComponent(body, 'HelpLine', firstLine).flatMap((use) => {
    const { number, name } = use.attributes;
    if (typeof number !== 'string' || typeof name !== 'string') return [];
    const block = described.find((candidate) => candidate.line === use.line);
    const offset = block?.offset ?? offsetOfLine(body, use.line - firstLine);
    return [{ offset, block: { kind: 'helpline', number: number.trim(), name, markdown: block?.content?.trim() ?? '', line: use.line } as const }];
  });
}

/** Where the body's n-th line (from 0) starts. */
function offsetOfLine(body: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) offset = body.indexOf('\n', offset) + 1;
  return offset;
}

export interface HandoutMaker {
  name: string;
  locality?: { name: string; level: Level; province?: string | undefined } | undefined;
  contact: { agency?: string | null | undefined };
}

/**
 * Who made the sheet and how fresh its steps are, in one line at its foot: a sheet
 * handed out at the door has no other way to say where it comes from. The agency when
 * the portal names one, else its locality.
 */
export function handoutCredit(site: HandoutMaker, updated: IsoDate): string {
  const who = portalOwner(site)?.name;
  return `Tờ hướng dẫn của cổng ${site.name}${who ? `, ${who}` : ''}. Nội dung cập nhật ngày ${formatDate(updated)}.`;
}

/**
 * A URL cut after each "/" of its path, so a long address wraps between its parts (with
 * <wbr>) rather than in the middle of a word: someone may have to type it from the paper.
 * "https://host/" stays whole, so no line starts with a bare host or ends with "https://".
 */
export function breakableUrl(url: string): string[] {
  return url.split(/(?<=[^:/]\/)/);
}
