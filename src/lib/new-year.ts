/**
 * `npm run nam-moi -- 2026`, the pure part: which years may be started, the file a new
 * year starts as, and what the editor is told. The script (scripts/new-year.ts) only reads
 * the folder and writes the file.
 *
 * The file holds every field the year schema asks for, with the theme, slogans and day
 * left empty (the site shows them as "chưa công bố") and comments saying which document
 * each fact comes from and how to write it. Nothing is copied from another year: last
 * year's theme is not this year's, and the portal never guesses one. Web editors drop YAML
 * comments when they save, so content/README.md (section 3) carries the same guidance.
 */

/** Decision 505/QĐ-TTg (22/4/2022) made 10/10 the National Digital Transformation Day: no year before it. */
export const FIRST_YEAR = 2022;
/** The year schema's own bound (src/schemas/common.ts). */
export const LAST_YEAR = 2100;

export const USAGE = 'Cách dùng: npm run nam-moi -- <năm>, ví dụ npm run nam-moi -- 2026 (thêm --thu-muc <thư mục> nếu nội dung không nằm trong content/).';

export type YearArgument = { ok: true; year: number } | { ok: false; message: string };

/** The year as typed after `npm run nam-moi --`: four digits, from 2022. */
export function readYearArgument(argument: string | undefined): YearArgument {
  const written = argument?.trim() ?? '';
  if (written === '') return { ok: false, message: `Thiếu năm cần tạo. ${USAGE}` };
  if (!/^\d{4}$/.test(written)) {
    return { ok: false, message: `"${written}" không phải là một năm viết đủ 4 chữ số. ${USAGE}` };
  }
  const year = Number(written);
  if (year < FIRST_YEAR) {
    return {
      ok: false,
      message: `Năm ${year} có trước Ngày Chuyển đổi số quốc gia: ngày này có từ năm ${FIRST_YEAR} (Quyết định số 505/QĐ-TTg của Thủ tướng Chính phủ). Chọn một năm từ ${FIRST_YEAR} trở đi.`,
    };
  }
  if (year > LAST_YEAR) return { ok: false, message: `Năm ${year} quá xa: kiểm tra lại số năm (cổng nhận đến năm ${LAST_YEAR}).` };
  return { ok: true, year };
}

/**
 * Why the year cannot be started in this content folder, or undefined when it can.
 * `yearFiles`: the names in its years/ folder (empty when there is none yet).
 */
export function newYearRefusal(year: number, folder: { shown: string; exists: boolean }, yearFiles: readonly string[]): string | undefined {
  if (!folder.exists) {
    return `Không có thư mục nội dung ${folder.shown}. Chạy lệnh trong thư mục của dự án (nơi có content/), hoặc chỉ ra thư mục nội dung bằng --thu-muc <thư mục> hay biến CDS_CONTENT_DIR.`;
  }
  const file = `${folder.shown}/years/${year}.yaml`;
  if (yearFiles.includes(`${year}.yaml`)) {
    return `Đã có tệp ${file}: lệnh không ghi đè. Sửa thẳng tệp đó (xem content/README.md, mục 3); muốn tạo lại từ đầu thì xóa hoặc đổi tên tệp cũ trước.`;
  }
  // 2026.yml, 2026.YAML: the same year under a name the portal does not read.
  const twin = yearFiles.find((name) => name.toLowerCase() !== `${year}.yaml` && new RegExp(`^${year}\\.ya?ml$`, 'i').test(name));
  if (twin) {
    return `Đã có tệp ${folder.shown}/years/${twin} cho năm ${year}, nhưng cổng chỉ đọc tệp tên ${year}.yaml. Đổi tên tệp đó thành ${year}.yaml thay vì tạo tệp mới.`;
  }
  return undefined;
}

/** The file a new year starts as: every field, the unknown ones empty, comments on how to fill them. */
export function newYearYaml(year: number): string {
  return `${[
    `# Ngày Chuyển đổi số quốc gia năm ${year}: chủ đề, khẩu hiệu, ngày, chiến dịch, phong trào.`,
    `# Tệp do lệnh "npm run nam-moi -- ${year}" tạo. Hướng dẫn đầy đủ: content/README.md, mục 3.`,
    '#',
    '# Chỉ ghi điều đã có văn bản công bố, mỗi điều kèm nguồn (sources). Điều nào chưa có thì',
    '# để trống như dưới đây: cổng hiện "chưa công bố", không tự điền. Đừng chép chủ đề, khẩu',
    '# hiệu của năm trước sang: mỗi năm có chủ đề riêng.',
    '#',
    '# Nguồn (sources) là một danh sách; mỗi nguồn cần tên văn bản (title) hoặc mã kế hoạch (plan):',
    '#     sources:',
    `#       - title: Kế hoạch số …/KH-… ngày …/…/${year} của … (số, ngày, cơ quan ban hành)`,
    '#         url: https://… (địa chỉ công khai của văn bản, nếu có)',
    `#       - plan: ma-ke-hoach-${year} (một kế hoạch trong thư mục plans/ có nêu điều này)`,
    '#',
    '# Các dòng bắt đầu bằng # chỉ là hướng dẫn; trình soạn thảo trên web xóa chúng khi lưu.',
    '',
    `year: ${year}`,
    '',
    `# CHỦ ĐỀ năm ${year}: chưa công bố.`,
    `# Lấy từ văn bản công bố chủ đề năm ${year}: kế hoạch năm ${year} của Bộ chủ trì Ngày Chuyển`,
    '# đổi số quốc gia (kế hoạch triển khai Quyết định số 505/QĐ-TTg của Thủ tướng Chính phủ trong',
    '# năm), hoặc kế hoạch của tỉnh, huyện, xã dẫn lại chủ đề ấy. Chép đúng từng chữ, rồi ghi nguồn:',
    '#   theme:',
    '#     text: <chủ đề, đúng như văn bản>',
    '#     note: <không bắt buộc: điều cần nói thêm, ví dụ văn bản gọi đây là "thông điệp">',
    '#     sources:',
    '#       - title: <số, ngày, cơ quan ban hành văn bản>',
    'theme:',
    '  text:',
    '  sources: []',
    '',
    `# KHẨU HIỆU năm ${year}: chưa công bố. Lấy từ kế hoạch năm của Bộ hoặc của tỉnh; mỗi khẩu`,
    '# hiệu một mục, đúng như văn bản:',
    '#   slogans:',
    '#     - text: <khẩu hiệu>',
    '#       sources:',
    '#         - plan: <mã kế hoạch nêu khẩu hiệu>',
    'slogans: []',
    '',
    `# NGÀY Chuyển đổi số quốc gia năm ${year}: chưa ghi.`,
    '# Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ lấy ngày 10 tháng 10 hằng',
    '# năm làm Ngày Chuyển đổi số quốc gia; ghi ngày theo quyết định ấy hoặc theo kế hoạch năm',
    '# của Bộ, dạng ngày/tháng/năm, và nêu văn bản làm nguồn. Nếu lễ năm nay được dời sang ngày',
    '# khác, vẫn ghi ngày theo quyết định và ghi việc dời vào notes, kèm nguồn.',
    '#   day:',
    `#     date: <ngày/tháng/${year}>`,
    '#     sources:',
    '#       - title: Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ …',
    'day:',
    '  date:',
    '  sources: []',
    '',
    '# CHIẾN DỊCH (có ngày bắt đầu, kết thúc: name, start, end, note, sources), PHONG TRÀO',
    '# (name, description, sources) và GHI CHÚ (text, sources) của năm, theo kế hoạch của Bộ, của',
    '# tỉnh. Để [] khi chưa có; cách ghi: xem tệp của năm trước và content/README.md, mục 3.',
    'campaigns: []',
    'movements: []',
    'notes: []',
  ].join('\n')}\n`;
}

/** What the editor is told once the file is written. `defaultYear`: site.yaml's, when it could be read. */
export function nextSteps(year: number, file: string, defaultYear?: number): string[] {
  const shown = defaultYear === undefined ? 'năm ghi ở defaultYear trong content/site.yaml' : `năm ${defaultYear} (defaultYear: ${defaultYear} trong content/site.yaml)`;
  const home =
    defaultYear === year
      ? `Trang chủ đã đặt năm ${year} (defaultYear trong content/site.yaml): nó hiện "Chủ đề năm ${year}: chưa công bố" cho đến khi chủ đề được ghi vào tệp.`
      : `Trang chủ vẫn hiện ${shown}; lệnh này không sửa site.yaml. Khi chủ đề năm ${year} được công bố và đã ghi vào tệp, sửa dòng defaultYear trong content/site.yaml thành "defaultYear: ${year}" để trang chủ và bộ banner chuyển sang năm ${year}.`;
  return [
    `Đã tạo ${file}: chủ đề, khẩu hiệu và ngày để trống; cổng hiện "chưa công bố" cho đến khi chúng được ghi vào.`,
    'Việc tiếp theo:',
    `  1. Khi có văn bản công bố, ghi vào tệp, đúng từng chữ và kèm nguồn: chủ đề, khẩu hiệu theo kế hoạch năm ${year} của Bộ (hoặc kế hoạch của tỉnh dẫn lại); ngày theo Quyết định số 505/QĐ-TTg của Thủ tướng Chính phủ hoặc kế hoạch năm của Bộ. Hướng dẫn ở đầu tệp và trong content/README.md, mục 3.`,
    `  2. Kiểm tra và xem thử: npm run dev (trang /nam/${year}/), hoặc npm run build.`,
    `  3. ${home}`,
    `  4. Kế hoạch năm ${year} của địa phương: npm run import:plan -- bang.csv --nam ${year} … (content/README.md, mục 4).`,
  ];
}
