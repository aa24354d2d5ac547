/**
 * Every file in content/ is read by something, or it is an error: Astro's loaders silently
 * skip a plan saved as "x.MD" or "x.md.txt", a year saved as "2026.yml", a draft left in
 * plans/. An editor who saved a file expects it published or told why not.
 */
import type { ContentProblem } from '../schemas/errors.ts';

/** What each place in content/ holds, as its loaders read it. */
const FOLDERS: Record<string, { extensions: readonly string[]; what: string; example: string }> = {
  years: { extensions: ['.yaml'], what: 'chủ đề một năm', example: '2026.yaml' },
  plans: { extensions: ['.md'], what: 'kế hoạch', example: 'thach-ha-2025.md' },
  guides: { extensions: ['.mdx'], what: 'hướng dẫn', example: 'su-dung-nen-tang-so.mdx' },
  pages: { extensions: ['.md'], what: 'trang', example: 'gioi-thieu.md' },
};
const IMAGE_FOLDERS = new Set(['hinh', 'guides/hinh']);
// GIF too: a GIF logo is refused by the logo check itself, with a better message.
const IMAGES = ['.png', '.jpg', '.jpeg', '.webp', '.svg', '.gif'];
const TOP_FILES = new Set(['README.md', 'site.yaml', 'links.yaml', 'tim-kiem.yaml']);
/** Files the operating system writes by itself: not an editor's doing, not reported. */
const SYSTEM_FILES = /^(\.|Thumbs\.db$|desktop\.ini$)/i;

const extensionOf = (name: string) => /\.[^.]+$/.exec(name)?.[0] ?? '';

/** What to do about a stray file; `meant`: the name it was meant to have, when that is clear. */
interface Stray {
  message: string;
  meant?: string;
}

function strayMessage(folder: string, name: string): Stray | undefined {
  const place = FOLDERS[folder];
  const extension = extensionOf(name);
  if (place) {
    if (place.extensions.includes(extension)) return undefined;
    const wanted = place.extensions[0] ?? '';
    const stem = name.slice(0, name.length - extension.length);
    if (extension.toLowerCase() === wanted) {
      return { message: `Cổng không đọc tệp này: phần đuôi phải viết thường (${wanted}). Đổi tên thành ${stem}${wanted}.`, meant: `${folder}/${stem}${wanted}` };
    }
    if (wanted === '.yaml' && extension.toLowerCase() === '.yml') {
      return { message: `Cổng không đọc tệp này: tệp ${place.what} có đuôi .yaml, không phải .yml. Đổi tên thành ${stem}.yaml.`, meant: `${folder}/${stem}.yaml` };
    }
    if (stem.toLowerCase().endsWith(wanted)) {
      const meant = `${stem.slice(0, stem.length - wanted.length)}${wanted}`;
      return {
        message: `Cổng không đọc tệp này: tên có thêm đuôi ${extension} (Notepad hay Word thường tự thêm khi lưu). Đổi tên thành ${meant}.`,
        meant: `${folder}/${meant}`,
      };
    }
    return {
      message: `Cổng không đọc tệp này: thư mục ${folder}/ chỉ chứa tệp ${place.what} đuôi ${wanted} (ví dụ ${place.example}). Nếu là bản nháp hay bản sao, chuyển ra ngoài thư mục content/.`,
    };
  }
  if (IMAGE_FOLDERS.has(folder)) {
    if (IMAGES.includes(extension.toLowerCase())) return undefined;
    return { message: `Cổng không đọc tệp này: thư mục ${folder}/ chỉ chứa ảnh ${IMAGES.join(', ')}. Chuyển tệp ra ngoài thư mục content/.` };
  }
  if (folder === '') {
    if (TOP_FILES.has(name)) return undefined;
    const known = [...TOP_FILES].find((file) => file.toLowerCase() === name.toLowerCase() || file.replace(/\.yaml$/, '.yml') === name);
    if (known) return { message: `Cổng không đọc tệp này. Đổi tên thành ${known}, đúng từng chữ.`, meant: known };
  }
  return { message: `Cổng không đọc tệp này. Thư mục content/ chỉ gồm ${[...TOP_FILES].join(', ')} và các thư mục ${[...Object.keys(FOLDERS), 'hinh'].map((folder) => `${folder}/`).join(', ')}. Nếu là bản nháp hay bản sao, chuyển ra ngoài thư mục content/.` };
}

export interface StrayFile extends ContentProblem {
  /** The name (relative to content/) the file was meant to have, when that is clear: x.MD → x.md. */
  meant?: string;
}

/**
 * The files under content/ that nothing reads, each with what to do. `paths` are relative to
 * content/, with "/" between folders; `contentDir` is how the messages name content/.
 */
export function strayFiles(paths: readonly string[], contentDir = 'content'): StrayFile[] {
  const problems: StrayFile[] = [];
  for (const path of [...paths].sort()) {
    const parts = path.split('/');
    const name = parts.at(-1) ?? '';
    if (parts.some((part) => SYSTEM_FILES.test(part))) continue;
    const folder = parts.slice(0, -1).join('/');
    const known = folder === '' || folder in FOLDERS || IMAGE_FOLDERS.has(folder);
    const stray = known
      ? strayMessage(folder, name)
      : {
          message: `Cổng không đọc tệp trong thư mục ${folder}/. Tệp kế hoạch đặt thẳng trong plans/, hướng dẫn trong guides/, ảnh trong hinh/ hoặc guides/hinh/; bản nháp, bản sao để ngoài thư mục content/.`,
        };
    if (stray) problems.push({ file: `${contentDir}/${path}`, field: '', ...stray });
  }
  return problems;
}
