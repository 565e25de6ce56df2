import { describe, expect, it } from 'vitest';
import { operatingCheck } from './operating-hours';

const s = (from: number, to: number) => ({ start: from * 60, end: to * 60 });

describe('operating hours on a weekday (MA component 18)', () => {
  it('two overlapping 8-hour shifts covering exactly 12 hours pass', () => {
    expect(operatingCheck([s(8, 16), s(12, 20)], false)).toEqual({ ok: true });
  });
  it('a minute short of 12 hours fails, with the hours covered', () => {
    expect(operatingCheck([s(8, 16), { start: 12 * 60 - 1, end: 20 * 60 - 1 }], false)).toEqual({
      ok: false,
      reason: 'Two overlapping 8-hour shifts cover 11 h 59 min; a weekday needs 12 hours.',
    });
  });
  it('back-to-back shifts do not overlap', () => {
    expect(operatingCheck([s(8, 16), s(16, 24)], false)).toEqual({
      ok: false,
      reason: 'No two 8-hour shifts overlap; a weekday needs two overlapping shifts covering 12 hours.',
    });
  });
  it('a shift a minute short of 8 hours does not count', () => {
    expect(operatingCheck([s(8, 16), { start: 12 * 60 + 1, end: 20 * 60 }], false)).toEqual({
      ok: false,
      reason: 'Only one 8-hour shift; a weekday needs two overlapping 8-hour shifts covering 12 hours.',
    });
    expect(operatingCheck([], false)).toMatchObject({ ok: false, reason: expect.stringMatching(/^No 8-hour shift/) });
  });
  it('more staff on the day shift do not make 12 hours', () => {
    expect(operatingCheck([s(8, 16), s(8, 16), s(9, 17)], false)).toMatchObject({ ok: false, reason: expect.stringMatching(/cover 9 h;/) });
  });
});

describe('operating hours on a weekend day or holiday', () => {
  it('two staff together for exactly 8 hours pass', () => {
    expect(operatingCheck([s(9, 17), s(9, 17)], true)).toEqual({ ok: true });
    expect(operatingCheck([s(8, 14), s(10, 18), s(12, 20)], true)).toEqual({ ok: true });
  });
  it('a minute short of 8 hours together fails', () => {
    expect(operatingCheck([s(9, 17), { start: 9 * 60 + 1, end: 17 * 60 }], true)).toEqual({
      ok: false,
      reason: 'Two or more staff work together for 7 h 59 min; a weekend day or holiday needs 8 hours.',
    });
  });
  it('one person alone fails however long they work', () => {
    expect(operatingCheck([s(8, 20)], true)).toEqual({
      ok: false,
      reason: 'Only one person is working; a weekend day or holiday needs 2 staff for 8 hours.',
    });
  });
});
