/**
 * The profile-picture frame: a transparent square with a ring that carries the greeting
 * along its top and the year or the locality along its bottom, letters drawn as paths
 * from the font so no renderer's text engine is involved.
 */
import { arcDegrees, placeOnArc } from '../lib/banner/ring.ts';
import { COLOURS } from './render.ts';
import { fonts } from './fonts.ts';

export const FRAME_SIZE = 1080;

function arcText(text: string, radius: number, side: 'top' | 'bottom', maxDegrees: number, startSize: number): string {
  const font = fonts().fonts.bold;
  const centre = { x: FRAME_SIZE / 2, y: FRAME_SIZE / 2 };
  const chars = [...text.normalize('NFC')];
  let size = startSize;
  const advancesAt = (fontSize: number) => chars.map((char) => font.getAdvanceWidth(char, fontSize) + fontSize * 0.04);
  while (size > 12 && arcDegrees(advancesAt(size).reduce((sum, advance) => sum + advance, 0), radius) > maxDegrees) size -= 1;
  const advances = advancesAt(size);
  // Letters are centred on the ring: the baseline sits half a cap height off the middle.
  const capHalf = size * 0.35;
  const baseline = side === 'top' ? radius - capHalf : radius + capHalf;
  const placements = placeOnArc(advances, centre, baseline, side);
  return chars
    .map((char, index) => {
      const place = placements[index];
      if (!place || char === ' ') return '';
      const path = font.getPath(char, -(advances[index] ?? 0) / 2, 0, size).toPathData(2);
      return `<path transform="translate(${place.x.toFixed(2)} ${place.y.toFixed(2)}) rotate(${place.rotate.toFixed(3)})" d="${path}"/>`;
    })
    .join('');
}

export function frameSvg(top: string, bottom: string): string {
  const outer = FRAME_SIZE / 2;
  const width = Math.round(FRAME_SIZE * 0.1);
  const inner = outer - width;
  const middle = outer - width / 2;
  const c = FRAME_SIZE / 2;
  // One path with a hole: the ring, the photo shows through the middle.
  const ring = `M${c - outer} ${c}a${outer} ${outer} 0 1 0 ${2 * outer} 0a${outer} ${outer} 0 1 0 ${-2 * outer} 0ZM${c - inner} ${c}a${inner} ${inner} 0 1 1 ${2 * inner} 0a${inner} ${inner} 0 1 1 ${-2 * inner} 0Z`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${FRAME_SIZE}" height="${FRAME_SIZE}" viewBox="0 0 ${FRAME_SIZE} ${FRAME_SIZE}">`,
    `<path fill="${COLOURS.background}" fill-rule="evenodd" d="${ring}"/>`,
    `<circle cx="${c}" cy="${c}" r="${inner + 3}" fill="none" stroke="${COLOURS.stripe2}" stroke-width="6"/>`,
    `<g fill="#ffffff">${arcText(top, middle, 'top', 160, Math.round(width * 0.5))}${arcText(bottom, middle, 'bottom', 110, Math.round(width * 0.45))}</g>`,
    '</svg>',
  ].join('');
}
