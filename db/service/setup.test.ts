import { describe, expect, it } from 'vitest';
import { setupTestBoard } from './test-kit';

describe('the getting-started checklist', () => {
  const board = setupTestBoard();
  const stateOf = () => Object.fromEntries(board.call('setup.status', {}).steps.map((s) => [s.id, s.done ? 'done' : s.skipped ? 'skipped' : 'todo']));

  it('starts with every step to do, and ticks each off from what the board holds', () => {
    expect(stateOf()).toEqual({ team: 'todo', staff: 'todo', pins: 'todo', clients: 'todo', schedules: 'todo' });
    const settings = board.call('settings.get', {});
    board.call('settings.update', { version: settings.version, teamName: 'Northside ACT', operatingStart: '8:30', operatingEnd: '17:00', clockFormat: '12h' });
    expect(board.call('settings.get', {})).toMatchObject({ teamName: 'Northside ACT', operatingStart: '08:30', operatingEnd: '17:00', clockFormat: '12h', demo: false });
    for (const [name, initials] of [['Ada Fictional', 'AF'], ['Bo Invented', 'BI']] as const) {
      board.call('staff.create', { name, initials, role: 'case_manager', fte: 1, colour: '#336699' });
    }
    board.call('clients.create', { name: 'Cy Madeup', preferredName: 'Cy', admissionDate: '2026-01-05', status: 'active' });
    expect(stateOf()).toEqual({ team: 'done', staff: 'done', pins: 'todo', clients: 'done', schedules: 'todo' });
    expect(board.call('setup.status', {}).finished).toBe(false);
  });

  it('a step can be skipped and brought back; skipping them all finishes the list', () => {
    board.call('setup.skip', { step: 'pins', skipped: true });
    expect(stateOf().pins).toBe('skipped');
    board.call('setup.skip', { step: 'pins', skipped: false });
    expect(stateOf().pins).toBe('todo');
    for (const step of ['team', 'staff', 'pins', 'clients', 'schedules'] as const) board.call('setup.skip', { step, skipped: true });
    expect(board.call('setup.status', {}).finished).toBe(true);
  });

  it('refuses an unknown step and operating hours that end before they start, saving nothing', () => {
    board.expectRejected(() => board.call('setup.skip', { step: 'nope' as 'team', skipped: true }), 'validation', /not a step/);
    const { version } = board.call('settings.get', {});
    board.expectRejected(() => board.call('settings.update', { version, operatingStart: '18:00', operatingEnd: '09:00' }), 'validation', /end after they start/);
    board.expectRejected(() => board.call('settings.update', { version, clockFormat: 'metric' as '24h' }), 'validation', /24h or 12h/);
  });
});
