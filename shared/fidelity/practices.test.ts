import { describe, expect, it } from 'vitest';
import { addDays } from '../time';
import { FROM, TO, clientsOf, contact, records } from './fixtures';
import { cp1, cp3, cp4, cp5, cp5Records, cp6, ct4, weeklyRecords } from './practices';
import { fourWeekBlocks } from './records';
import { computeAll } from './index';
import { meetsTarget } from './targets';

describe('CP1 community-based services', () => {
  it.each([[39, 1], [40, 2], [54, 2], [55, 3], [64, 3], [65, 4], [74, 4], [75, 5]])('%i of 100 in the community rates %i', (k, rating) => {
    const contacts = Array.from({ length: 100 }, (_, i) => contact({ clientId: 1 + (i % 10), location: i < k ? 'community' : 'office' }));
    // Phone and collateral contacts are not face to face: they do not count.
    contacts.push(contact({ clientId: 1, kind: 'phone', location: 'phone' }), contact({ clientId: 1, kind: 'collateral', collateralWith: 'family', location: 'office' }));
    expect(cp1(records({ contacts }))).toMatchObject({ figure: k, rating });
  });
});

/** One client over one week (7 days), with contacts of `minutes` each. */
const week = (contacts: number, minutes: number, clients = 1) =>
  records({ to: addDays(FROM, 6), clients: clientsOf(clients), contacts: Array.from({ length: contacts }, (_, i) => contact({ clientId: 1 + (i % clients), minutes, day: addDays(FROM, i % 7) })) });

describe('CP3 intensity (face-to-face minutes a week per client)', () => {
  it.each([[14, 1], [15, 2], [49, 2], [50, 3], [84, 3], [85, 4], [119, 4], [120, 5]])('%i minutes rates %i', (minutes, rating) => {
    expect(cp3(week(1, minutes))).toMatchObject({ figure: minutes, rating });
  });
  it('averages over the clients and the weeks of the period', () => {
    // 10 clients, 4 weeks, 80 contacts of 60 minutes: 2 contacts and 120 minutes a week each.
    const contacts = Array.from({ length: 80 }, (_, i) => contact({ clientId: 1 + (i % 10), minutes: 60, day: addDays(FROM, i % 28) }));
    expect(cp3(records({ contacts }))).toMatchObject({ figure: 120, rating: 5 });
    expect(cp4(records({ contacts }))).toMatchObject({ figure: 2, rating: 3 });
  });
});

describe('CP4 frequency (face-to-face contacts a week per client)', () => {
  it.each([[5, 0.5, 1], [6, 0.6, 2], [13, 1.3, 2], [14, 1.4, 3], [21, 2.1, 3], [22, 2.2, 4], [29, 2.9, 4], [30, 3.0, 5]])(
    '%i contacts for 10 clients in a week: %f rates %i', (n, perWeek, rating) => {
      const r = cp4(week(n, 30, 10));
      expect(r.figure).toBeCloseTo(perWeek);
      expect(r.rating).toBe(rating);
    });
  it('lists the weeks short of 3 a client', () => {
    const contacts = [...Array.from({ length: 30 }, (_, i) => contact({ clientId: 1 + (i % 10), day: FROM })), ...Array.from({ length: 29 }, (_, i) => contact({ clientId: 1 + (i % 10), day: addDays(FROM, 7) }))];
    const rows = weeklyRecords(records({ contacts }), 'CP4').rows;
    expect(rows.map((r) => [r.cells[0], r.cells[1], r.short])).toEqual([['2026-11-02', '3.0', false], ['2026-11-09', '2.9', true], ['2026-11-16', '0.0', true], ['2026-11-23', '0.0', true]]);
  });
});

describe('CP5 contact with natural supports', () => {
  const family = (clientId: number, day = addDays(FROM, 3)) => contact({ clientId, day, kind: 'collateral', collateralWith: 'family', location: 'phone' });
  it.each([[24, 1], [25, 2], [50, 2], [51, 3], [75, 3], [76, 4], [89, 4], [90, 5]])('%i of 100 clients rates %i', (k, rating) => {
    const contacts = [...Array.from({ length: k }, (_, i) => family(i + 1)), contact({ clientId: 100, kind: 'collateral', collateralWith: 'provider', location: 'phone' })];
    expect(cp5(records({ clients: clientsOf(100), contacts }))).toMatchObject({ figure: k, rating });
  });
  it('asks for a contact in every 4 weeks of a longer period', () => {
    const from = addDays(TO, -55);
    expect(fourWeekBlocks(from, TO)).toEqual([{ start: from, end: addDays(TO, -28) }, { start: addDays(TO, -27), end: TO }]);
    const r = records({ from, clients: clientsOf(2), contacts: [family(1, from), family(1, TO), family(2, TO)] });
    expect(cp5(r).figure).toBe(50);
    expect(cp5Records(r).rows[0]).toEqual({ clientId: 2, cells: [1, TO, 'No'], short: true });
  });
});

describe('CT4 psychiatric visits (functions 1 and 6 of 6)', () => {
  const visit = (clientId: number, location: 'community' | 'office') => contact({ clientId, intervention: 'psychiatric_visit', location });
  it.each([
    [10, 10, 5], // every client monthly, all in the community
    [9, 9, 5], // 90% monthly, 100% of visits in the community
    [8, 8, 4], // 80% monthly: partly performed
    [10, 0, 3], // no community visit: function 6 absent
    [4, 4, 3], // 40% monthly: function 1 absent
  ])('%i of 10 clients seen, %i in the community: at most %i', (seen, community, rating) => {
    const contacts = Array.from({ length: seen }, (_, i) => visit(i + 1, i < community ? 'community' : 'office'));
    expect(ct4(records({ contacts }))).toMatchObject({ rating, ceiling: true });
  });
});

describe('CP6 crisis responsibility (criterion 1 from the rota)', () => {
  it('rates 1 without a rota, 2 with hours nobody held, at most 5 with every hour covered', () => {
    expect(cp6(records({ rota: { hasRotation: false, hours: 672, uncoveredHours: 672, gaps: [] } }))).toMatchObject({ rating: 1, ceiling: false });
    expect(cp6(records({ rota: { hasRotation: true, hours: 672, uncoveredHours: 12, gaps: [] } }))).toMatchObject({ rating: 2, ceiling: true });
    expect(cp6(records())).toMatchObject({ figure: 100, rating: 5, ceiling: true });
  });
});

describe('every item and the state targets', () => {
  it('gives every item, in the scale’s order', () => {
    expect(computeAll(records()).map((r) => r.id)).toEqual(['OS1', 'OS2', 'OS3', 'OS5', 'OS8', 'OS10', 'OS11', 'CT3', 'CT4', 'CT5', 'CT6', 'ST1', 'ST3', 'ST4', 'ST6', 'ST7', 'CP1', 'CP3', 'CP4', 'CP5', 'CP6']);
  });
  it('compares with the state profile’s target', () => {
    expect(meetsTarget('NY', 'CP1', 80)).toMatchObject({ met: true });
    expect(meetsTarget('NY', 'CP1', 79.9)).toMatchObject({ met: false });
    expect(meetsTarget('UT', 'CP4', 2.9)).toMatchObject({ met: false });
    expect(meetsTarget('UT', 'CP4', 3)).toMatchObject({ met: true });
    expect(meetsTarget('MA', 'OS3', 5)).toMatchObject({ met: true });
    expect(meetsTarget('NY', 'CP4', 3)).toBeNull();
  });
});
