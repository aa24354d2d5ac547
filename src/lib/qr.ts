/**
 * QR codes as SVG path data, made at build time so a printed guide leads back to its page
 * with no request at view time and no script.
 */
import QRCode from 'qrcode';

export interface QrShape {
  /** Modules per side, quiet zone included. */
  size: number;
  /** One path of dark modules, in module units. */
  path: string;
}

/** Four modules of white border, as the QR standard asks, so any phone can read it. */
export const QUIET_ZONE = 4;

export function qrShape(text: string): QrShape {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      // One rectangle per horizontal run of dark modules keeps the path short.
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: parts.join('') };
}
