import { z } from 'zod';
import { locality, text, year } from './common.ts';

/** A base path such as "/" or "/cds/": the folder of the host where dist/ is published. */
export const basePath = z
  .string()
  .regex(/^\/([a-z0-9._-]+\/)*$/i, {
    error: 'Đường dẫn gốc (base) phải bắt đầu và kết thúc bằng dấu "/", ví dụ "/" hoặc "/cds/".',
  });

/**
 * Who hosts the portal. The contact block is the one Decree 42/2022/NĐ-CP art. 4 asks an
 * agency site to show; every part is optional because a portal must not invent them.
 */
/** Like httpUrl, but a preview host (localhost) is fine for where the portal is published. */
const siteUrl = z.url({
  protocol: /^https?$/,
  hostname: /^(localhost|\d{1,3}(\.\d{1,3}){3}|([a-z0-9-]+\.)+[a-z]{2,})$/i,
  error: 'Địa chỉ cổng phải đầy đủ và bắt đầu bằng http:// hoặc https://, ví dụ https://chuyendoiso.tenmien.gov.vn',
});

export const siteSchema = z.strictObject({
  name: text,
  description: text,
  locality: locality.optional(),
  url: siteUrl,
  base: basePath.default('/'),
  defaultYear: year,
  /** A line for the banners, e.g. "UBND xã Thạch Hà hưởng ứng"; none on a portal of all plans. */
  bannerLine: text.optional(),
  // A field left blank ("phone:") reads as null: the same as leaving it out.
  contact: z
    .strictObject({
      agency: text.nullish(),
      responsible: text.nullish(),
      address: text.nullish(),
      phone: text.nullish(),
      email: z.email({ error: 'Thư điện tử không hợp lệ, ví dụ dung@tenmien.gov.vn.' }).nullish(),
    })
    .nullish()
    .transform((value) => value ?? {}),
});

export type Site = z.output<typeof siteSchema>;
