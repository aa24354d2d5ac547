/**
 * Puts the year's frame on a photo the user picks, in a canvas, and offers the result
 * for download. The photo is read from the file input and never sent anywhere; the frame
 * is the image already on the page.
 */
const SIZE = 1080;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing`);
  return found as T;
}

/** The largest centred square of the photo, so faces stay in the middle of the circle. */
function coverSquare(width: number, height: number): { sx: number; sy: number; side: number } {
  const side = Math.min(width, height);
  return { sx: (width - side) / 2, sy: (height - side) / 2, side };
}

export function startAvatarFrame(): void {
  const input = element<HTMLInputElement>('anh');
  const year = element<HTMLSelectElement>('nam-khung');
  const preview = element<HTMLImageElement>('khung-xem-truoc');
  const frame = new Image();
  frame.src = year.value;
  const canvas = element<HTMLCanvasElement>('anh-ghep');
  const status = element<HTMLParagraphElement>('trang-thai-anh');
  const download = element<HTMLAnchorElement>('tai-anh');
  let photo: ImageBitmap | undefined;
  let url: string | undefined;
  status.textContent = 'Chưa chọn ảnh.';

  async function compose(): Promise<void> {
    if (!photo) return;
    if (!frame.complete) await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const context = canvas.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, SIZE, SIZE);
    context.save();
    context.beginPath();
    context.arc(SIZE / 2, SIZE / 2, SIZE / 2, 0, Math.PI * 2);
    context.clip();
    const { sx, sy, side } = coverSquare(photo.width, photo.height);
    context.drawImage(photo, sx, sy, side, side, 0, 0, SIZE, SIZE);
    context.restore();
    context.drawImage(frame, 0, 0, SIZE, SIZE);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) return;
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(blob);
    preview.src = url;
    preview.alt = 'Ảnh của bạn đã gắn khung Ngày Chuyển đổi số quốc gia';
    download.href = url;
    download.download = 'anh-dai-dien-chuyen-doi-so.png';
    download.hidden = false;
    status.textContent = 'Đã gắn khung. Bấm "Tải ảnh đã gắn khung" để lưu về máy.';
  }

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      photo = await createImageBitmap(file);
    } catch {
      status.textContent = 'Không đọc được ảnh này. Hãy chọn một ảnh JPG hoặc PNG.';
      return;
    }
    await compose();
  });

  year.addEventListener('change', async () => {
    frame.src = year.value;
    if (!photo) preview.src = year.value;
    await compose();
  });
}
