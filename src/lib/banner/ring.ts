/**
 * Letters set along a circle, for the profile-picture frame: where each glyph's centre
 * goes and how far it turns. Top text reads clockwise with letters standing outward;
 * bottom text reads left to right with letters standing toward the centre.
 */
export interface Placement {
  /** Glyph centre on the baseline circle. */
  x: number;
  y: number;
  /** Rotation in degrees to apply around (x, y). */
  rotate: number;
}

export function placeOnArc(advances: readonly number[], centre: { x: number; y: number }, radius: number, side: 'top' | 'bottom'): Placement[] {
  const total = advances.reduce((sum, advance) => sum + advance, 0);
  const span = total / radius;
  const placements: Placement[] = [];
  let travelled = 0;
  for (const advance of advances) {
    const along = (travelled + advance / 2) / radius;
    const angle = side === 'top' ? -Math.PI / 2 - span / 2 + along : Math.PI / 2 + span / 2 - along;
    placements.push({
      x: centre.x + radius * Math.cos(angle),
      y: centre.y + radius * Math.sin(angle),
      rotate: ((side === 'top' ? angle + Math.PI / 2 : angle - Math.PI / 2) * 180) / Math.PI,
    });
    travelled += advance;
  }
  return placements;
}

/** The angle (degrees) a text of this length takes on a circle of this radius. */
export function arcDegrees(length: number, radius: number): number {
  return ((length / radius) * 180) / Math.PI;
}
