import { describe, expect, it } from 'vitest';
import { DEFAULT_WALL_SETTINGS, parseWallSettings } from '../../shared/wall';
import { setupTestBoard } from './test-kit';

describe('the wall screen settings (a team setting)', () => {
  const board = setupTestBoard();

  it('start at the defaults, and keep a change', () => {
    const settings = board.call('settings.get', {});
    expect(settings.wall).toEqual(DEFAULT_WALL_SETTINGS);
    const wall = { pages: [{ id: 'appointments' as const, seconds: 30 }, { id: 'board' as const, seconds: 90 }], columnPageSeconds: 12, blankOutsideHours: false };
    board.call('settings.update', { version: settings.version, wall });
    expect(board.call('settings.get', {}).wall).toEqual(wall);
    // Another setting leaves the wall as it was.
    board.call('settings.update', { version: board.call('settings.get', {}).version, teamName: 'Northside ACT' });
    expect(board.call('settings.get', {}).wall).toEqual(wall);
  });

  it('refuses no pages, a page named twice and too short a time, saving nothing', () => {
    const { version, wall } = board.call('settings.get', {});
    board.expectRejected(() => board.call('settings.update', { version, wall: { ...wall, pages: [] } }), 'validation', /at least one page/);
    board.expectRejected(
      () => board.call('settings.update', { version, wall: { ...wall, pages: [{ id: 'board', seconds: 30 }, { id: 'board', seconds: 30 }] } }),
      'validation',
      /each page once/,
    );
    board.expectRejected(() => board.call('settings.update', { version, wall: { ...wall, columnPageSeconds: 1 } }), 'validation', /at least 5 seconds/);
    expect(board.call('settings.get', {}).wall).toEqual(wall);
  });

  it('an unreadable stored value gives the defaults', () => {
    expect(parseWallSettings('{"pages":')).toEqual(DEFAULT_WALL_SETTINGS);
    expect(parseWallSettings('{"pages":[]}')).toEqual(DEFAULT_WALL_SETTINGS);
  });
});
