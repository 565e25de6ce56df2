import { describe, expect, it } from 'vitest';
import { contract } from './api';
import { METHOD_PERMISSIONS } from './permissions';

describe('permissions', () => {
  it('declares what every API method needs, in one place', () => {
    const missing = Object.keys(contract).filter((m) => !(m in METHOD_PERMISSIONS));
    expect(missing, 'add these methods to METHOD_PERMISSIONS in shared/permissions.ts').toEqual([]);
  });
  it('declares nothing that is not a method', () => {
    expect(Object.keys(METHOD_PERMISSIONS).filter((m) => !(m in contract))).toEqual([]);
  });
  it('lets only the lock screen work without a session, and reads need at most view', () => {
    const open = Object.entries(METHOD_PERMISSIONS).filter(([, p]) => p === 'open').map(([m]) => m);
    expect(open.every((m) => m.startsWith('auth.'))).toBe(true);
    for (const m of ['board.get', 'staff.list', 'clients.list', 'settings.get']) expect(METHOD_PERMISSIONS[m]).toBe('view');
  });
});
