/**
 * The time of an activity as Vietnamese local plans write it ("Từ ngày 26/9 - 10/10/2024",
 * "Tháng 10", "Thường xuyên"), read into inclusive ISO dates. It never guesses: whatever it
 * cannot read in full comes back as `unknown`, with a reason an editor can act on.
 */
import { daysInMonth, toIso, type IsoDate } from './dates.ts';

export type Period =
  | { kind: 'range'; start: IsoDate; end: IsoDate }
  | { kind: 'ongoing' }
  | { kind: 'unknown'; reason: string };

type Span = { start: IsoDate; end: IsoDate };

/** A date as written: a day, a whole month or a whole year; a missing year comes from context. */
type Point = { day: number | undefined; month: number | undefined; year: number | undefined };

// All patterns run on normalised text (NFC, one space, "-" for every dash) and ignore case.
const ONGOING_WORD = '(?:thường xuyên|hằng năm|hàng năm|liên tục)';
const ONGOING = new RegExp(`^${ONGOING_WORD}(?:\\s*(?:,|và)\\s*${ONGOING_WORD})*$`, 'iu');
// Only what comes before "trong đó" is the activity's time; the rest is a peak inside it.
const SUB_PERIOD = /(?:^|[\s,;(])trong đó(?!\p{L}).*$/iu;
const ALTERNATIVES = /\s+hoặc\s+/iu;
const DEADLINE = /^(?:hoàn thành\s+)?(?:trước|chậm nhất|muộn nhất|hạn chót|đến|tới)\s/iu;
const COUNTED = /^(?:trong\s+)?(\d+)\s*ngày\s*\((.+)\)$/iu;
// Words that may open a period; group 1 tells "từ" (a start must have an end) from "trong".
const LEAD = /^(?:cao điểm:?\s+)?(?:(từ|trong)\s+)?(?:(?:toàn bộ|cả)\s+)?/iu;
const SEPARATOR = /\s*-\s*|\s+(?:đến|tới)\s+/iu;
const END_WORD = /^hết\s+/iu;
const DAY = /^(?:ngày\s*)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/iu;
const MONTH = /^tháng\s*(\d{1,2})(?:\/(\d{4}))?$/iu;
const YEAR = /^năm\s*(\d{4})$/iu;

class Unreadable extends Error {}

function fail(problem: string): never {
  throw new Unreadable(problem);
}

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

function show(iso: IsoDate): string {
  return iso.split('-').reverse().join('/');
}

function dayNumber(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function readPoint(text: string): Point {
  if (text === '') fail('thiếu một mốc thời gian (ngày bắt đầu hoặc ngày kết thúc).');
  const year = (written: string | undefined) => (written ? Number(written) : undefined);
  const day = DAY.exec(text);
  if (day) return { day: Number(day[1]), month: Number(day[2]), year: year(day[3]) };
  const month = MONTH.exec(text);
  if (month) return { day: undefined, month: Number(month[1]), year: year(month[2]) };
  const whole = YEAR.exec(text);
  if (whole) return { day: undefined, month: undefined, year: Number(whole[1]) };
  return fail(
    `không hiểu "${text}" (cần dạng "01/10/2024", "tháng 10/2024", "năm 2024" hoặc "từ … đến …").`,
  );
}

/** The first or last day a point covers: a month starts on the 1st and ends on its last day. */
function dateOf(point: Point, fallbackYear: number, side: 'first' | 'last'): IsoDate {
  const year = point.year ?? fallbackYear;
  const month = point.month ?? (side === 'first' ? 1 : 12);
  if (month < 1 || month > 12) fail(`tháng ${month} không có (tháng từ 1 đến 12).`);
  const last = daysInMonth(year, month);
  const day = point.day ?? (side === 'first' ? 1 : last);
  if (day < 1 || day > last) {
    fail(`ngày ${day}/${month}/${year} không tồn tại: tháng ${month}/${year} chỉ có ${last} ngày.`);
  }
  return toIso(year, month, day);
}

function readSpan(text: string, planYear: number): Span {
  if (DEADLINE.test(text)) fail('chỉ có ngày kết thúc (hạn chót), không có ngày bắt đầu.');

  // "10 ngày (từ ngày 01/10/2024 - 10/10/2024)": the dates decide, but the count must agree.
  const counted = COUNTED.exec(text);
  if (counted) {
    const span = readSpan(counted[2] ?? '', planYear);
    const days = dayNumber(span.end) - dayNumber(span.start) + 1;
    if (days !== Number(counted[1])) {
      fail(`ghi ${counted[1]} ngày nhưng từ ${show(span.start)} đến ${show(span.end)} là ${days} ngày.`);
    }
    return span;
  }

  const lead = LEAD.exec(text);
  const opening = lead?.[1]?.toLowerCase();
  const parts = text.slice(lead?.[0].length ?? 0).split(SEPARATOR);
  if (parts.length > 2) fail(`có quá nhiều mốc thời gian trong "${text}".`);

  if (parts.length === 1) {
    if (opening === 'từ') fail('chỉ có ngày bắt đầu, không có ngày kết thúc.');
    const point = readPoint(parts[0] ?? '');
    return { start: dateOf(point, planYear, 'first'), end: dateOf(point, planYear, 'last') };
  }

  const end = readPoint((parts[1] ?? '').replace(END_WORD, ''));
  const start = readPoint(parts[0] ?? '');
  const endIso = dateOf(end, planYear, 'last');
  // "Từ ngày 26/9 - 10/10/2024": a start without a year is in the end's year.
  const startIso = dateOf(start, end.year ?? planYear, 'first');
  if (endIso < startIso) {
    fail(`ngày kết thúc ${show(endIso)} trước ngày bắt đầu ${show(startIso)}.`);
  }
  return { start: startIso, end: endIso };
}

/** Reads an activity's time; `year` is the plan's year, used when the text leaves it out. */
export function parsePeriod(text: string, year: number): Period {
  const written = normalise(text);
  if (written === '') return { kind: 'unknown', reason: 'Chưa ghi thời gian: ô thời gian đang trống.' };
  try {
    const main = written.replace(SUB_PERIOD, '').replace(/[\s.,;:]+$/u, '');
    if (main === '') fail('không có thời gian chính trước phần "trong đó".');
    if (ONGOING.test(main)) return { kind: 'ongoing' };

    // "… hoặc …": any of the alternatives may be chosen, so the activity spans all of them.
    const spans = main.split(ALTERNATIVES).map((alternative) => {
      if (ONGOING.test(alternative)) {
        fail(`"${alternative}" không gộp được với các mốc ngày của lựa chọn khác.`);
      }
      return readSpan(alternative, year);
    });
    const start = spans.map((span) => span.start).sort()[0] ?? '';
    const end = spans.map((span) => span.end).sort().at(-1) ?? '';
    return { kind: 'range', start, end };
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    return { kind: 'unknown', reason: `Không đọc được thời gian "${written}": ${error.message}` };
  }
}
