import { describe, expect, it } from 'vitest';
import { setupTestBoard } from './test-kit';

describe("the team's state profile (a team setting)", () => {
  const board = setupTestBoard();

  it('starts as New York, keeps a change, and refuses a state it has no rules for', () => {
    const settings = board.call('settings.get', {});
    expect(settings.stateProfile).toBe('NY');
    board.call('settings.update', { version: settings.version, stateProfile: 'MA' });
    const after = board.call('settings.get', {});
    expect(after.stateProfile).toBe('MA');
    board.expectRejected(() => board.call('settings.update', { version: after.version, stateProfile: 'CA' as never }), 'validation', /NY, MA or UT/);
    expect(board.call('settings.get', {}).stateProfile).toBe('MA');
  });
});
