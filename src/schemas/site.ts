import { z } from 'zod';
import { locality, text, year } from './common.ts';

/** A base path such as "/" or "/cds/": the folder of the host where dist/ is published. */
export const basePath = z
  .string()
  .regex(/^\/([a-z0-9._-]+\/)*$/i, {
    error: 'Đường dẫn gốc (base) phải bắt đầu và kết thúc bằng dấu "/", ví dụ "/" hoặc "/cds/".',
  });

/** Like httpUrl, but a preview host (localhost) is fine for where the portal is published. */
const siteUrl = z.url({
  protocol: /^https?$/,
  hostname: /^(localhost|\d{1,3}(\.\d{1,3}){3}|([a-z0-9-]+\.)+[a-z]{2,})$/i,
  error: 'Địa chỉ cổng phải đầy đủ và bắt đầu bằng http:// hoặc https://, ví dụ https://chuyendoiso.tenmien.gov.vn',
});

const LOGO_ALT_HINT =
  'Biểu trưng cần lời mô tả (alt) nói đó là biểu trưng của ai, ví dụ alt: Biểu trưng Ủy ban nhân dân xã Thạch Hà, để người dùng máy đọc màn hình cũng biết.';

/**
 * A file inside content/, written from there with "/" (hinh/bieu-trung.png). Whether it
 * exists and is an image is for the content check, which reads the bytes.
 */
const contentFile = z
  .string({ error: 'Cần đường dẫn tới tệp ảnh, tính từ thư mục content/, ví dụ hinh/bieu-trung.png.' })
  .trim()
  .min(1, { error: 'Cần đường dẫn tới tệp ảnh, tính từ thư mục content/, ví dụ hinh/bieu-trung.png.' })
  .refine((value) => !/^([a-z][a-z0-9+.-]+:|\/\/)/i.test(value), {
    abort: true,
    error: 'Biểu trưng phải là một tệp trong thư mục content/, không phải địa chỉ web (cổng không tải gì từ trang khác). Tải ảnh về, đặt vào content/hinh/ rồi ghi file: hinh/<tên tệp>.',
  })
  .refine((value) => !value.includes('\\'), { abort: true, error: 'Dùng dấu "/" để ngăn thư mục, ví dụ hinh/bieu-trung.png (không dùng "\\").' })
  .refine((value) => !/^([a-z]:)?\//i.test(value) && !value.split('/').includes('..'), {
    error: 'Đường dẫn tính từ thư mục content/, ví dụ hinh/bieu-trung.png: không bắt đầu bằng "/" và không dùng "..".',
  });

/**
 * The emblem or logo of the agency that runs the portal, shown in the header, as the
 * favicon and on the share images. Alt text is checked here rather than with `text` so a
 * missing one gets the same hint as a blank one.
 */
const logo = z
  .strictObject({
    file: contentFile.describe('Đường dẫn tính từ thư mục content/, ví dụ hinh/bieu-trung.png.'),
    alt: z.string({ error: LOGO_ALT_HINT }).trim().nullish().describe('Nói đó là biểu trưng của ai, ví dụ Biểu trưng Ủy ban nhân dân xã Thạch Hà.'),
  }, { error: 'Biểu trưng (logo) gồm hai dòng con, thụt vào dưới logo: file (đường dẫn ảnh, ví dụ file: hinh/bieu-trung.png) và alt (lời mô tả).' })
  .superRefine((value, ctx) => {
    if (!value.alt) ctx.addIssue({ code: 'custom', path: ['alt'], message: LOGO_ALT_HINT });
  })
  .transform(({ file, alt }) => ({ file, alt: (alt ?? '').normalize('NFC') }));

/**
 * Who hosts the portal. The contact block is the one Decree 42/2022/NĐ-CP art. 4 asks an
 * agency site to show; every part is optional because a portal must not invent them.
 */
export const siteSchema = z.strictObject({
  name: text.describe('Tên cổng, hiện ở đầu mọi trang.'),
  description: text.describe('Một câu giới thiệu cổng, hiện khi chia sẻ và trong kết quả tìm kiếm.'),
  locality: locality
    .optional()
    .describe('Địa phương vận hành cổng. Bỏ trống nếu cổng trình bày kế hoạch của mọi địa phương.'),
  url: siteUrl.describe(
    'Địa chỉ web nơi đăng tải cổng (dùng cho liên kết chuẩn, sơ đồ trang, mã QR). Bản mặc định là địa chỉ xem thử trên máy; đổi thành địa chỉ thật khi đăng tải.',
  ),
  base: basePath.default('/').describe('Thư mục con trên máy chủ, ví dụ /cds/ nếu cổng nằm ở https://tenmien.gov.vn/cds/. Để / nếu cổng nằm ở gốc tên miền.'),
  defaultYear: year.describe('Năm hiển thị trên trang chủ. Chỉ đổi khi năm mới đã có chủ đề và kế hoạch.'),
  /** A line for the banners, e.g. "UBND xã Thạch Hà hưởng ứng"; none on a portal of all plans. */
  bannerLine: text
    .optional()
    .describe('Dòng chữ của địa phương trên banner, ví dụ UBND xã Thạch Hà hưởng ứng. Bỏ trống với cổng của mọi địa phương.'),
  // "logo:" left blank reads as null: no logo, as when the field is left out.
  logo: logo
    .nullish()
    .transform((value) => value ?? undefined)
    .describe(
      'Biểu trưng của cơ quan chủ quản (đầu trang, biểu tượng cổng, ảnh chia sẻ). Chép tệp PNG, JPEG, WebP hoặc SVG (không quá 1 MB) vào content/hinh/; xem content/README.md, mục 2.',
    ),
  // A field left blank ("phone:") reads as null: the same as leaving it out.
  contact: z
    .strictObject({
      agency: text.nullish().describe('Ví dụ Ủy ban nhân dân xã Thạch Hà.'),
      responsible: text.nullish().describe('Họ và tên, chức vụ người chịu trách nhiệm.'),
      address: text.nullish().describe('Địa chỉ trụ sở.'),
      phone: text.nullish().describe('Số điện thoại liên hệ.'),
      email: z.email({ error: 'Thư điện tử không hợp lệ, ví dụ dung@tenmien.gov.vn.' }).nullish().describe('Ví dụ vanthu@tenmien.gov.vn.'),
    })
    .nullish()
    .transform((value) => value ?? {})
    .describe('Thông tin liên hệ của cơ quan chủ quản (Nghị định 42/2022/NĐ-CP, Điều 4). Chỉ ghi thông tin có thật; trường nào chưa có thì để trống.'),
});

export type Site = z.output<typeof siteSchema>;
