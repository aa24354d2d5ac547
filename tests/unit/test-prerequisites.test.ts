/** What `npm test` does before the tests when Chromium, Tesseract or poppler-utils is missing, word for word. */
import { describe, expect, it } from 'vitest';
import { afterInstall, installFailed, isDebianLike, planPrerequisites, tesseractLanguages, type PrerequisiteFacts } from '../../src/lib/test-prerequisites.ts';

/** A Debian machine as root with everything present. */
const ALL: PrerequisiteFacts = {
  chromiumPath: '/usr/bin/chromium',
  chromiumFromEnv: false,
  chromium: true,
  tesseract: true,
  vie: true,
  poppler: true,
  isDebianLike: true,
  isRoot: true,
  hasAptGet: true,
};

/** A fresh machine: none of the three. */
const NONE: PrerequisiteFacts = { ...ALL, chromium: false, tesseract: false, vie: false, poppler: false };

describe('everything present', () => {
  it('runs the tests, saying so in one line, on any machine', () => {
    for (const facts of [ALL, { ...ALL, isRoot: false, hasAptGet: false, isDebianLike: false }]) {
      expect(planPrerequisites(facts)).toEqual({
        action: 'ready',
        message: 'Đủ chương trình cho kiểm thử: Chromium (/usr/bin/chromium), Tesseract có tiếng Việt, poppler-utils.',
      });
    }
  });

  it('names the browser of CHROMIUM_PATH', () => {
    const plan = planPrerequisites({ ...ALL, chromiumPath: '/opt/chromium/chrome', chromiumFromEnv: true, isDebianLike: false });
    expect(plan).toEqual({ action: 'ready', message: 'Đủ chương trình cho kiểm thử: Chromium (/opt/chromium/chrome), Tesseract có tiếng Việt, poppler-utils.' });
  });
});

describe('Debian or Ubuntu, as root, with apt-get: installs what is missing', () => {
  it('a fresh machine: all four packages, saying what each is for', () => {
    const plan = planPrerequisites(NONE);
    expect(plan).toEqual({
      action: 'install',
      packages: ['chromium', 'tesseract-ocr', 'tesseract-ocr-vie', 'poppler-utils'],
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium', 'tesseract-ocr', 'tesseract-ocr-vie', 'poppler-utils'],
      ],
      message: [
        'Bộ kiểm thử cần vài chương trình ngoài các gói npm; máy này thiếu:',
        '  - Chromium (/usr/bin/chromium): trình duyệt của các kiểm thử trên cổng đã dựng (điện thoại, axe, tìm kiếm, in)',
        '  - Tesseract (lệnh tesseract): đọc lại chữ tiếng Việt trên banner',
        '  - dữ liệu tiếng Việt của Tesseract (vie): để Tesseract đọc được chữ có dấu',
        '  - poppler-utils (lệnh pdftoppm, pdfinfo, pdftotext): đọc tệp PDF của tờ hướng dẫn in',
        'Đang cài từ kho gói của hệ điều hành (Debian/Ubuntu, quyền root): apt-get update && apt-get install -y chromium tesseract-ocr tesseract-ocr-vie poppler-utils',
      ].join('\n'),
    });
  });

  it('only what is missing: Tesseract present without Vietnamese', () => {
    const plan = planPrerequisites({ ...ALL, vie: false });
    expect(plan.action).toBe('install');
    if (plan.action !== 'install') return;
    expect(plan.packages).toEqual(['tesseract-ocr-vie']);
    expect(plan.commands.at(-1)).toEqual(['apt-get', 'install', '-y', 'tesseract-ocr-vie']);
    expect(plan.message).toBe(
      [
        'Bộ kiểm thử cần vài chương trình ngoài các gói npm; máy này thiếu:',
        '  - dữ liệu tiếng Việt của Tesseract (vie): để Tesseract đọc được chữ có dấu',
        'Đang cài từ kho gói của hệ điều hành (Debian/Ubuntu, quyền root): apt-get update && apt-get install -y tesseract-ocr-vie',
      ].join('\n'),
    );
  });

  it('only Chromium', () => {
    const plan = planPrerequisites({ ...ALL, chromium: false });
    expect(plan.action === 'install' && plan.packages).toEqual(['chromium']);
  });

  it('only poppler-utils', () => {
    const plan = planPrerequisites({ ...ALL, poppler: false });
    expect(plan.action === 'install' && plan.packages).toEqual(['poppler-utils']);
  });

  it('never installs a browser when CHROMIUM_PATH names one that is not there: stops instead', () => {
    const plan = planPrerequisites({ ...ALL, chromiumPath: '/opt/chrome', chromiumFromEnv: true, chromium: false });
    expect(plan).toEqual({
      action: 'stop',
      message: [
        'Chưa chạy kiểm thử: máy này thiếu những chương trình mà bộ kiểm thử cần ngoài các gói npm:',
        '  - Chromium (CHROMIUM_PATH=/opt/chrome không phải tệp chạy được): trình duyệt của các kiểm thử trên cổng đã dựng (điện thoại, axe, tìm kiếm, in)',
        'Không tự cài được vì CHROMIUM_PATH chỉ tới một tệp không chạy được, mà cài gói chromium không sửa được điều đó. Cài bằng lệnh (Debian, Ubuntu):',
        '  sudo apt-get update && sudo apt-get install -y chromium',
        'Hoặc sửa CHROMIUM_PATH cho đúng, hoặc bỏ biến ấy để dùng /usr/bin/chromium (gói chromium).',
        'Chỉ chạy các kiểm thử nhanh (không dựng, không trình duyệt, không cần các chương trình trên): npm run test:unit',
      ].join('\n'),
    });
  });
});

describe('cannot install: stops at once, naming what is missing and the command', () => {
  it('not root', () => {
    expect(planPrerequisites({ ...NONE, isRoot: false })).toEqual({
      action: 'stop',
      message: [
        'Chưa chạy kiểm thử: máy này thiếu những chương trình mà bộ kiểm thử cần ngoài các gói npm:',
        '  - Chromium (/usr/bin/chromium): trình duyệt của các kiểm thử trên cổng đã dựng (điện thoại, axe, tìm kiếm, in)',
        '  - Tesseract (lệnh tesseract): đọc lại chữ tiếng Việt trên banner',
        '  - dữ liệu tiếng Việt của Tesseract (vie): để Tesseract đọc được chữ có dấu',
        '  - poppler-utils (lệnh pdftoppm, pdfinfo, pdftotext): đọc tệp PDF của tờ hướng dẫn in',
        'Không tự cài được vì lệnh không chạy với quyền root. Cài bằng lệnh (Debian, Ubuntu):',
        '  sudo apt-get update && sudo apt-get install -y chromium tesseract-ocr tesseract-ocr-vie poppler-utils',
        'Chromium đã có ở nơi khác thì đặt biến CHROMIUM_PATH trỏ tới nó, ví dụ: CHROMIUM_PATH=/duong/dan/chromium npm test',
        'Chỉ chạy các kiểm thử nhanh (không dựng, không trình duyệt, không cần các chương trình trên): npm run test:unit',
      ].join('\n'),
    });
  });

  it('not root, only poppler-utils missing: no word of Chromium', () => {
    expect(planPrerequisites({ ...ALL, poppler: false, isRoot: false })).toEqual({
      action: 'stop',
      message: [
        'Chưa chạy kiểm thử: máy này thiếu những chương trình mà bộ kiểm thử cần ngoài các gói npm:',
        '  - poppler-utils (lệnh pdftoppm, pdfinfo, pdftotext): đọc tệp PDF của tờ hướng dẫn in',
        'Không tự cài được vì lệnh không chạy với quyền root. Cài bằng lệnh (Debian, Ubuntu):',
        '  sudo apt-get update && sudo apt-get install -y poppler-utils',
        'Chỉ chạy các kiểm thử nhanh (không dựng, không trình duyệt, không cần các chương trình trên): npm run test:unit',
      ].join('\n'),
    });
  });

  it('no apt-get', () => {
    const plan = planPrerequisites({ ...ALL, tesseract: false, vie: false, hasAptGet: false });
    expect(plan).toEqual({
      action: 'stop',
      message: [
        'Chưa chạy kiểm thử: máy này thiếu những chương trình mà bộ kiểm thử cần ngoài các gói npm:',
        '  - Tesseract (lệnh tesseract): đọc lại chữ tiếng Việt trên banner',
        '  - dữ liệu tiếng Việt của Tesseract (vie): để Tesseract đọc được chữ có dấu',
        'Không tự cài được vì máy này không có apt-get. Cài bằng lệnh (Debian, Ubuntu):',
        '  sudo apt-get update && sudo apt-get install -y tesseract-ocr tesseract-ocr-vie',
        'Chỉ chạy các kiểm thử nhanh (không dựng, không trình duyệt, không cần các chương trình trên): npm run test:unit',
      ].join('\n'),
    });
  });

  it('not Debian or Ubuntu (even as root, even with an apt-get)', () => {
    const plan = planPrerequisites({ ...ALL, chromium: false, isDebianLike: false });
    expect(plan).toEqual({
      action: 'stop',
      message: [
        'Chưa chạy kiểm thử: máy này thiếu những chương trình mà bộ kiểm thử cần ngoài các gói npm:',
        '  - Chromium (/usr/bin/chromium): trình duyệt của các kiểm thử trên cổng đã dựng (điện thoại, axe, tìm kiếm, in)',
        'Không tự cài được vì máy này không phải Debian hay Ubuntu. Cài bằng lệnh (Debian, Ubuntu):',
        '  sudo apt-get update && sudo apt-get install -y chromium',
        'Trên hệ khác, cài các chương trình ấy bằng trình quản lý gói của hệ.',
        'Chromium đã có ở nơi khác thì đặt biến CHROMIUM_PATH trỏ tới nó, ví dụ: CHROMIUM_PATH=/duong/dan/chromium npm test',
        'Chỉ chạy các kiểm thử nhanh (không dựng, không trình duyệt, không cần các chương trình trên): npm run test:unit',
      ].join('\n'),
    });
  });

  it('every message is NFC', () => {
    for (const facts of [NONE, { ...NONE, isRoot: false }, { ...NONE, isDebianLike: false }]) {
      const { message } = planPrerequisites(facts);
      expect(message.normalize('NFC')).toBe(message);
    }
  });
});

describe('after apt-get', () => {
  const packages = ['chromium', 'tesseract-ocr', 'tesseract-ocr-vie', 'poppler-utils'];

  it('all there: one line, and the tests run', () => {
    expect(afterInstall(ALL, packages)).toEqual({ ok: true, message: 'Đã cài xong chromium, tesseract-ocr, tesseract-ocr-vie, poppler-utils; chạy kiểm thử.' });
  });

  it('a package that did not bring what it should (a snap shim, another path): names it and CHROMIUM_PATH', () => {
    expect(afterInstall({ ...ALL, chromium: false }, packages)).toEqual({
      ok: false,
      message: [
        'Chưa chạy kiểm thử: đã cài chromium, tesseract-ocr, tesseract-ocr-vie, poppler-utils nhưng vẫn thiếu:',
        '  - Chromium (/usr/bin/chromium): trình duyệt của các kiểm thử trên cổng đã dựng (điện thoại, axe, tìm kiếm, in)',
        'Chromium đã có ở nơi khác thì đặt biến CHROMIUM_PATH trỏ tới nó, ví dụ: CHROMIUM_PATH=/duong/dan/chromium npm test',
        'Chỉ chạy các kiểm thử nhanh (không dựng, không trình duyệt, không cần các chương trình trên): npm run test:unit',
      ].join('\n'),
    });
  });

  it('apt-get failed: its exit code and the command to run by hand', () => {
    expect(installFailed(['tesseract-ocr-vie'], ['apt-get', 'install', '-y', 'tesseract-ocr-vie'], 100)).toBe(
      [
        'Chưa chạy kiểm thử: lệnh apt-get install -y tesseract-ocr-vie thất bại (mã thoát 100), xem thông báo của apt-get ở trên.',
        'Sửa lỗi ấy rồi cài bằng lệnh:',
        '  sudo apt-get update && sudo apt-get install -y tesseract-ocr-vie',
        'Chỉ chạy các kiểm thử nhanh (không dựng, không trình duyệt, không cần các chương trình trên): npm run test:unit',
      ].join('\n'),
    );
  });
});

describe('reading the machine', () => {
  it('os-release: Debian, Ubuntu and kin by ID or ID_LIKE, quoted or not', () => {
    expect(isDebianLike('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n')).toBe(true);
    expect(isDebianLike('NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n')).toBe(true);
    expect(isDebianLike('NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike('NAME="Fedora Linux"\nID=fedora\n')).toBe(false);
    expect(isDebianLike('NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\n')).toBe(false);
    expect(isDebianLike('NAME="Alpine Linux"\nID=alpine\n')).toBe(false);
    expect(isDebianLike('ID=debian-derivative\nID_LIKE=notdebian\n')).toBe(false);
    expect(isDebianLike('')).toBe(false);
  });

  it('tesseract --list-langs: the languages after the header', () => {
    const output = 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):\neng\nosd\nvie\n';
    expect(tesseractLanguages(output)).toEqual(['eng', 'osd', 'vie']);
    expect(tesseractLanguages('List of available languages (2):\neng\nosd\n')).toEqual(['eng', 'osd']);
    expect(tesseractLanguages('')).toEqual([]);
  });
});
