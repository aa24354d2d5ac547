/**
 * The logo named in site.yaml: the file is there, its bytes are a PNG, JPEG, WebP or SVG
 * (not just its name), it decodes to the end, and its size suits a logo. Read here, before
 * Astro runs, so an editor sees which file is wrong and what to do, not a sharp error.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatFileSize, LOGO_LIMITS } from '../lib/identity.ts';
import { imageKindOf, isAccepted, KIND_NAMES } from '../lib/image-kind.ts';
import type { FieldProblem } from '../schemas/errors.ts';

const FIELD = 'logo › file';
const EXPORT_AGAIN = 'Mở ảnh gốc bằng một trình sửa ảnh và lưu lại thành PNG (hoặc xuất SVG), rồi thay tệp này.';

/**
 * `contentDir` is the content folder on disk, `shown` how messages name it (content/).
 * Returns the problems with the file, none when it is a usable logo.
 */
export async function checkLogo(contentDir: string, shown: string, file: string): Promise<FieldProblem[]> {
  const path = join(contentDir, file);
  const name = `${shown}/${file}`;
  const problem = (message: string): FieldProblem[] => [{ field: FIELD, message }];

  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) {
    return problem(
      `Không tìm thấy tệp ${name}. Đặt ảnh biểu trưng vào thư mục ${shown}/ (ví dụ ${shown}/hinh/bieu-trung.png) và ghi đường dẫn tính từ ${shown}/, đúng từng chữ hoa, chữ thường; hoặc xóa trường logo.`,
    );
  }
  if (info.size > LOGO_LIMITS.maxBytes) {
    return problem(
      `Tệp ${name} nặng ${formatFileSize(info.size)}, quá giới hạn ${formatFileSize(LOGO_LIMITS.maxBytes)} của biểu trưng. Thu nhỏ ảnh (cạnh khoảng 512 điểm ảnh là đủ) hoặc dùng tệp SVG.`,
    );
  }
  const bytes = await readFile(path);
  const kind = imageKindOf(bytes);
  if (!isAccepted(kind)) {
    return problem(
      kind
        ? `Tệp ${name} là ảnh ${KIND_NAMES[kind]}; biểu trưng chỉ nhận ảnh PNG, JPEG, WebP hoặc SVG. ${EXPORT_AGAIN}`
        : `Tệp ${name} không phải ảnh PNG, JPEG, WebP hay SVG (chỉ đổi đuôi tên tệp thì không đổi được loại ảnh). ${EXPORT_AGAIN}`,
    );
  }
  // Loaded only when there is a logo to read: sharp takes a fifth of a second to load, on
  // every build and every save while previewing.
  const { default: sharp } = await import('sharp');
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => undefined);
  const unreadable = () => problem(`Không đọc được ảnh ${KIND_NAMES[kind]} trong tệp ${name}: tệp hỏng hoặc tải về chưa hết. ${EXPORT_AGAIN}`);
  if (!meta?.width || !meta.height) return unreadable();
  // An SVG draws sharp at any size; a bitmap only as large as its pixels.
  if (kind !== 'svg') {
    const dimensions = `${meta.width} × ${meta.height} điểm ảnh`;
    if (Math.min(meta.width, meta.height) < LOGO_LIMITS.minSide) {
      return problem(
        `Ảnh ${name} chỉ có ${dimensions}, quá nhỏ: biểu tượng trên màn hình điện thoại sẽ bị mờ. Dùng ảnh có cạnh ngắn ít nhất ${LOGO_LIMITS.minSide} điểm ảnh (tốt nhất khoảng 512), hoặc tệp SVG.`,
      );
    }
    if (Math.max(meta.width, meta.height) > LOGO_LIMITS.maxSide) {
      return problem(`Ảnh ${name} có ${dimensions}, quá lớn cho một biểu trưng. Thu nhỏ ảnh còn cạnh khoảng 512 điểm ảnh.`);
    }
  }
  // Decoding to the end finds a truncated download whose first bytes are still right.
  const decodes = await sharp(bytes)
    .resize(16, 16, { fit: 'inside' })
    .png()
    .toBuffer()
    .then(() => true)
    .catch(() => false);
  return decodes ? [] : unreadable();
}
