/** Drafting figures: a day for a 100-client team, on its own board of schedules (budget: under 50 ms). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBoard } from '../db/board';
import type { StaffRole } from '../shared/domain';
import type { Weekday } from '../shared/schedule';
import { addDays, formatClock } from '../shared/time';

const ROLES: StaffRole[] = ['team_leader', 'psychiatrist', 'registered_nurse', 'registered_nurse', 'licensed_practical_nurse',
  'substance_use_specialist', 'vocational_specialist', 'peer_specialist', 'family_specialist', 'social_worker',
  'case_manager', 'case_manager', 'case_manager', 'social_worker'];

export function benchDraft(): { samples: number[]; contactsPerDay: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-bench-draft-'));
  const service = openBoard(dir);
  const call = service.call.bind(service);
  const shift = { start: '08:00', end: '20:00' };
  const staff = ROLES.map((role, i) => {
    const s = call('staff.create', { name: `Staff ${i + 1}`, initials: `S${String.fromCharCode(65 + i)}`, role, fte: 1, colour: '#336699' });
    call('availability.setPattern', { staffId: s.id, pattern: [shift, shift, shift, shift, shift, i % 3 === 0 ? shift : null, i % 3 === 1 ? shift : null] });
    return s;
  });
  const cms = staff.filter((s) => s.role !== 'psychiatrist' && !s.role.includes('nurse'));
  service.db.transaction(() => {
    for (let i = 0; i < 100; i++) {
      const primary = cms[i % cms.length]!;
      const client = call('clients.create', { name: `Client ${i}`, preferredName: `C${i}`, admissionDate: '2024-01-01', primaryStaffId: primary.id, teamStaffIds: [primary.id, cms[(i + 3) % cms.length]!.id] });
      const base = { clientId: client.id, startsOn: '2026-01-01', durationMinutes: 30, location: 'community' as const };
      call('schedule.items.create', { ...base, rule: { kind: 'weekly', interval: 1, weekdays: [1, 3, 5] as Weekday[] }, start: formatClock(9 * 60 + (i % 30) * 15), intervention: 'housing', preferredStaffId: primary.id });
      call('schedule.items.create', { ...base, rule: { kind: 'weekly', interval: 1, weekdays: [2, 4] as Weekday[] }, window: i % 2 ? 'morning' : 'afternoon', intervention: 'adl_support' });
      if (i % 5 === 0) call('schedule.items.create', { ...base, rule: { kind: 'weekly', interval: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] as Weekday[] }, window: 'morning', durationMinutes: 20, intervention: 'medication_delivery' });
      if (i % 7 === 0) call('schedule.items.create', { ...base, rule: { kind: 'weekly', interval: 2, weekdays: [3] as Weekday[] }, start: '14:00', intervention: 'injection', location: 'office', roleNeeded: 'nurse' });
    }
  })();
  const samples: number[] = [];
  let contacts = 0;
  for (let d = 0; d < 20; d++) {
    const day = addDays('2026-11-23', d);
    const t = performance.now();
    contacts += call('schedule.draft', { day }).contacts.length;
    samples.push(performance.now() - t);
  }
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { samples, contactsPerDay: contacts / 20 };
}
