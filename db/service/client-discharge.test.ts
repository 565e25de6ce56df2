import { describe, expect, it } from 'vitest';
import { setupTestBoard } from './test-kit';

const board = setupTestBoard();
const base = { name: 'Test Person', preferredName: 'Testy', admissionDate: '2024-01-05' } as const;

describe('a client’s discharge date and reason (issue 15, TMACT OS10)', () => {
  it('needs both when a client is discharged, and keeps them', () => {
    const c = board.call('clients.create', base);
    board.expectRejected(() => board.call('clients.update', { id: c.id, version: c.version, status: 'discharged' }), 'validation', /needs both the discharge date and the reason/);
    board.expectRejected(
      () => board.call('clients.update', { id: c.id, version: c.version, status: 'discharged', dischargedOn: '2026-10-01' }),
      'validation',
      /needs both/,
    );
    board.expectRejected(
      () => board.call('clients.update', { id: c.id, version: c.version, status: 'discharged', dischargedOn: '2023-12-31', dischargeReason: 'graduated' }),
      'validation',
      /cannot be before the admission date/,
    );
    board.expectRejected(() => board.call('clients.update', { id: c.id, version: c.version, dischargeReason: 'moved_away' }), 'validation', /Only a discharged client/);
    board.expectRejected(() => board.call('clients.update', { id: c.id, version: c.version, status: 'discharged', dischargedOn: '2026-10-01', dischargeReason: 'left' as never }), 'validation', /Discharge reason/);
    const out = board.call('clients.update', { id: c.id, version: c.version, status: 'discharged', dischargedOn: '2026-10-01', dischargeReason: 'dropped_out' });
    expect(out).toMatchObject({ status: 'discharged', dischargedOn: '2026-10-01', dischargeReason: 'dropped_out' });
    expect(board.call('clients.list', {})[0]).toMatchObject({ dischargedOn: '2026-10-01', dischargeReason: 'dropped_out' });
    // Readmitted: the old discharge goes (the audit trail keeps it).
    expect(board.call('clients.update', { id: c.id, version: out.version, status: 'active' })).toMatchObject({ dischargedOn: null, dischargeReason: null });
  });

  it('lets a client discharged before the board kept dates be edited without one', () => {
    const c = board.call('clients.create', base);
    board.service.db.prepare("UPDATE clients SET status = 'discharged' WHERE id = ?").run(c.id);
    const v = board.call('clients.list', {})[0]!.version;
    expect(board.call('clients.update', { id: c.id, version: v, preferredName: 'Tess' })).toMatchObject({ status: 'discharged', dischargedOn: null });
  });

  it('is kept when a roster import changes the client', () => {
    const c = board.call('clients.create', { ...base, status: 'discharged', dischargedOn: '2026-02-01', dischargeReason: 'died', recordNumber: 'R-1' });
    const summary = board.call('import.clients', { rows: [{ row: 2, cells: { name: 'Test Person', preferredName: 'Tess', recordNumber: 'R-1', admissionDate: '2024-01-05', status: 'discharged' } }] });
    expect(summary.updated).toBe(1);
    expect(board.call('clients.list', {}).find((x) => x.id === c.id)).toMatchObject({ dischargedOn: '2026-02-01', dischargeReason: 'died' });
  });
});
