import { describe, expect, it } from 'vitest';
import { distance, existing, nearest } from '../../src/check/suggest.ts';

describe('suggestions', () => {
  it('counts edits, a swap of two neighbours as one', () => {
    expect(distance('tyep', 'type')).toBe(1);
    expect(distance('Step', 'Steps')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
  });

  it('offers the nearest name only when it is near, case aside', () => {
    expect(nearest('Calout', ['Callout', 'Figure'])).toBe('Callout');
    expect(nearest('callout', ['Callout', 'Figure'])).toBe('Callout');
    expect(nearest('CanhBao', ['Callout', 'Figure'])).toBeUndefined();
  });

  it('lists what there is, or says what to do when there is nothing', () => {
    expect(existing(['a', 'b'], 'Dùng một mã có sẵn', 'Thêm mã.')).toBe('Dùng một mã có sẵn: a, b.');
    expect(existing([], 'Dùng một mã có sẵn', 'Thêm mã.')).toBe('Thêm mã.');
  });
});
