/**
 * Calendar dates as editors write them (dd/mm/yyyy) and as the site stores them
 * (ISO yyyy-mm-dd strings). Plain strings rather than Date objects keep dates free of
 * time zones: an activity on 10/10 is on 10/10 in Asia/Ho_Chi_Minh and everywhere.
 */

export type IsoDate = string;

export type DateParse =
  | { ok: true; iso: IsoDate }
  | { ok: false; reason: string };

const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function checkParts(year: number, month: number, day: number, written: string): DateParse {
  if (month < 1 || month > 12) {
    return { ok: false, reason: `Ngày "${written}" không tồn tại: tháng ${month} không có (tháng từ 1 đến 12).` };
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      reason: `Ngày "${written}" không tồn tại: tháng ${month}/${year} chỉ có ${last} ngày.`,
    };
  }
  return { ok: true, iso: toIso(year, month, day) };
}

/** Reads "1/10/2024", "01/10/2024" or "2024-10-01". */
export function parseDate(written: string): DateParse {
  const text = written.trim();
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return checkParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), text);
  const iso = ISO.exec(text);
  if (iso) return checkParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  return {
    ok: false,
    reason: `"${text}" không phải là ngày theo dạng ngày/tháng/năm (ví dụ 01/10/2024).`,
  };
}

/** YAML 1.1 turns an unquoted 2024-10-01 into a Date at UTC midnight. */
export function isoFromUtcDate(date: Date): IsoDate {
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function parts(iso: IsoDate): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** "2024-10-01" → "01/10/2024", the way Vietnamese documents write dates. */
export function formatDate(iso: IsoDate): string {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** "2024-10-01" → "01/10", for ranges inside one year. */
export function formatDayMonth(iso: IsoDate): string {
  const [, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}`;
}

export function formatRange(start: IsoDate, end: IsoDate): string {
  if (start === end) return formatDate(start);
  if (start.slice(0, 4) === end.slice(0, 4)) return `${formatDayMonth(start)} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** Today's date in Vietnam (UTC+7, no daylight saving). */
export function todayInVietnam(now: Date): IsoDate {
  return isoFromUtcDate(new Date(now.getTime() + 7 * 3_600_000));
}
