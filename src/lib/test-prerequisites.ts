/**
 * What the test suite needs beyond npm (`npm test`, `npm run test:site`), and what to do when
 * some of it is missing: install it from the distribution's packages, or stop at once with a
 * Vietnamese message naming what is missing and the command that installs it. Pure: the facts
 * come in as plain values (scripts/test-prerequisites.ts gathers them), so every outcome and
 * its words are pinned by unit tests.
 *
 * Packages are Debian's (Ubuntu has the same names). A browser is never downloaded from
 * anywhere else: Chromium comes from the distribution, or from CHROMIUM_PATH.
 */

/** The default browser; CHROMIUM_PATH overrides it (scripts/lib/chromium.ts). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** What the machine has, as scripts/test-prerequisites.ts finds it. */
export interface PrerequisiteFacts {
  /** The browser the tests launch: CHROMIUM_PATH when set, else /usr/bin/chromium. */
  chromiumPath: string;
  /** Whether chromiumPath came from CHROMIUM_PATH (then installing the package would not help). */
  chromiumFromEnv: boolean;
  /** An executable file at chromiumPath. */
  chromium: boolean;
  /** `tesseract` on PATH. */
  tesseract: boolean;
  /** `vie` among the languages of `tesseract --list-langs` (false when tesseract is missing). */
  vie: boolean;
  /** poppler-utils' `pdftoppm`, `pdfinfo` and `pdftotext` on PATH (the handout test). */
  poppler: boolean;
  /** /etc/os-release says debian in ID or ID_LIKE (Debian, Ubuntu and their kin). */
  isDebianLike: boolean;
  /** Running as root (process.getuid() === 0). */
  isRoot: boolean;
  /** `apt-get` on PATH. */
  hasAptGet: boolean;
}

export type PrerequisitePlan =
  /** Everything is there: print `message` (one line) and run the tests. */
  | { action: 'ready'; message: string }
  /** Print `message`, run `commands` in order, then check again (afterInstall). */
  | { action: 'install'; packages: string[]; commands: string[][]; message: string }
  /** Print `message` to stderr and exit 1. */
  | { action: 'stop'; message: string };

type Need = 'chromium' | 'tesseract' | 'vie' | 'poppler';

const NEEDS: Record<Need, { what: (facts: PrerequisiteFacts) => string; why: string; packageName: string }> = {
  chromium: {
    what: (facts) => (facts.chromiumFromEnv ? `Chromium (CHROMIUM_PATH=${facts.chromiumPath} không phải tệp chạy được)` : `Chromium (${facts.chromiumPath})`),
    why: 'trình duyệt của các kiểm thử trên cổng đã dựng (điện thoại, axe, tìm kiếm, in)',
    packageName: 'chromium',
  },
  tesseract: { what: () => 'Tesseract (lệnh tesseract)', why: 'đọc lại chữ tiếng Việt trên banner', packageName: 'tesseract-ocr' },
  vie: { what: () => 'dữ liệu tiếng Việt của Tesseract (vie)', why: 'để Tesseract đọc được chữ có dấu', packageName: 'tesseract-ocr-vie' },
  poppler: { what: () => 'poppler-utils (lệnh pdftoppm, pdfinfo, pdftotext)', why: 'đọc tệp PDF của tờ hướng dẫn in', packageName: 'poppler-utils' },
};

const ORDER: Need[] = ['chromium', 'tesseract', 'vie', 'poppler'];

const missingOf = (facts: PrerequisiteFacts): Need[] => ORDER.filter((need) => !facts[need]);

const listed = (facts: PrerequisiteFacts, needs: Need[]) => needs.map((need) => `  - ${NEEDS[need].what(facts)}: ${NEEDS[need].why}`);

const packagesOf = (needs: Need[]) => needs.map((need) => NEEDS[need].packageName);

/** The command a person runs to install `packages` (the same as the one run as root, with sudo). */
export function installCommand(packages: string[]): string {
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

const CHROMIUM_PATH_HINT = 'Chromium đã có ở nơi khác thì đặt biến CHROMIUM_PATH trỏ tới nó, ví dụ: CHROMIUM_PATH=/duong/dan/chromium npm test';
const UNIT_HINT = 'Chỉ chạy các kiểm thử nhanh (không dựng, không trình duyệt, không cần các chương trình trên): npm run test:unit';

/** Why this machine cannot install by itself, or undefined when it can. */
function cannotInstall(facts: PrerequisiteFacts, missing: Need[]): string | undefined {
  if (!facts.isDebianLike) return 'máy này không phải Debian hay Ubuntu';
  if (!facts.hasAptGet) return 'máy này không có apt-get';
  if (!facts.isRoot) return 'lệnh không chạy với quyền root';
  if (missing.includes('chromium') && facts.chromiumFromEnv) return 'CHROMIUM_PATH chỉ tới một tệp không chạy được, mà cài gói chromium không sửa được điều đó';
  return undefined;
}

function stopMessage(facts: PrerequisiteFacts, missing: Need[], reason: string): string {
  const packages = packagesOf(missing);
  const lines = [
    'Chưa chạy kiểm thử: máy này thiếu những chương trình mà bộ kiểm thử cần ngoài các gói npm:',
    ...listed(facts, missing),
    `Không tự cài được vì ${reason}. Cài bằng lệnh (Debian, Ubuntu):`,
    `  ${installCommand(packages)}`,
  ];
  if (!facts.isDebianLike) lines.push('Trên hệ khác, cài các chương trình ấy bằng trình quản lý gói của hệ.');
  if (missing.includes('chromium')) {
    lines.push(facts.chromiumFromEnv ? `Hoặc sửa CHROMIUM_PATH cho đúng, hoặc bỏ biến ấy để dùng ${DEFAULT_CHROMIUM} (gói chromium).` : CHROMIUM_PATH_HINT);
  }
  lines.push(UNIT_HINT);
  return lines.join('\n');
}

/** What to do before the tests, from what the machine has. */
export function planPrerequisites(facts: PrerequisiteFacts): PrerequisitePlan {
  const missing = missingOf(facts);
  if (missing.length === 0) {
    return { action: 'ready', message: `Đủ chương trình cho kiểm thử: Chromium (${facts.chromiumPath}), Tesseract có tiếng Việt, poppler-utils.` };
  }
  const reason = cannotInstall(facts, missing);
  if (reason) return { action: 'stop', message: stopMessage(facts, missing, reason) };
  const packages = packagesOf(missing);
  return {
    action: 'install',
    packages,
    commands: [
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', ...packages],
    ],
    message: [
      'Bộ kiểm thử cần vài chương trình ngoài các gói npm; máy này thiếu:',
      ...listed(facts, missing),
      `Đang cài từ kho gói của hệ điều hành (Debian/Ubuntu, quyền root): apt-get update && apt-get install -y ${packages.join(' ')}`,
    ].join('\n'),
  };
}

/** When apt-get itself failed (no network, a package the distribution lacks…). */
export function installFailed(packages: string[], command: string[], exitCode: number | null): string {
  const lines = [
    `Chưa chạy kiểm thử: lệnh ${command.join(' ')} thất bại (mã thoát ${exitCode ?? 'không có'}), xem thông báo của apt-get ở trên.`,
    'Sửa lỗi ấy rồi cài bằng lệnh:',
    `  ${installCommand(packages)}`,
  ];
  if (packages.includes('chromium')) lines.push(CHROMIUM_PATH_HINT);
  lines.push(UNIT_HINT);
  return lines.join('\n');
}

/** After apt-get succeeded: the facts found again. Ready, or stop naming what is still missing. */
export function afterInstall(facts: PrerequisiteFacts, packages: string[]): { ok: true; message: string } | { ok: false; message: string } {
  const missing = missingOf(facts);
  if (missing.length === 0) return { ok: true, message: `Đã cài xong ${packages.join(', ')}; chạy kiểm thử.` };
  const lines = [
    `Chưa chạy kiểm thử: đã cài ${packages.join(', ')} nhưng vẫn thiếu:`,
    ...listed(facts, missing),
  ];
  if (missing.includes('chromium')) lines.push(facts.chromiumFromEnv ? `Sửa CHROMIUM_PATH cho đúng, hoặc bỏ biến ấy để dùng ${DEFAULT_CHROMIUM}.` : CHROMIUM_PATH_HINT);
  lines.push(UNIT_HINT);
  return { ok: false, message: lines.join('\n') };
}

/** /etc/os-release: whether ID or ID_LIKE names debian (Ubuntu says ID_LIKE=debian). */
export function isDebianLike(osRelease: string): boolean {
  const values = new Map<string, string>();
  for (const line of osRelease.split(/\r?\n/)) {
    const match = /^\s*([A-Z_]+)=(.*)$/.exec(line);
    if (match) values.set(match[1]!, match[2]!.trim().replace(/^(["'])(.*)\1$/, '$2'));
  }
  const ids = [values.get('ID') ?? '', ...(values.get('ID_LIKE') ?? '').split(/\s+/)];
  return ids.some((id) => id.toLowerCase() === 'debian');
}

/** The languages `tesseract --list-langs` prints after its header line ("List of available languages in …"). */
export function tesseractLanguages(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^list of available languages/i.test(line) && !/\s/.test(line));
}
