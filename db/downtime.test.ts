/** The downtime copy: today's and tomorrow's board in one self-contained, owner-only HTML file beside the backups. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../shared/time';
import { openBoard } from './board';
import { DOWNTIME_FILE, downtimeHtml, gatherDowntime, startDowntimeCopies } from './downtime';
import type { BoardService } from './service/board-service';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the downtime copy', () => {
  let dir: string;
  let service: BoardService;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-downtime-'));
    service = openBoard(dir, { demo: true });
  });
  afterAll(() => {
    service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('holds every contact of today and tomorrow, by staff member, in plain HTML that runs nothing', () => {
    const content = gatherDowntime(service, new Date());
    const html = downtimeHtml(content);
    const [today, tomorrow] = content.days;
    expect(tomorrow!.day).toBe(addDays(today!.day, 1));
    expect(today!.contacts.length).toBeGreaterThan(0);
    for (const s of today!.staff.filter((st) => today!.contacts.some((c) => c.staffId === st.id))) expect(html).toContain(s.name);
    const names = new Map(service.call('clients.list', {}).map((c) => [c.id, c.name]));
    for (const c of [...today!.contacts, ...tomorrow!.contacts]) expect(html).toContain(names.get(c.clientId)!.replace(/'/g, '&#39;'));
    expect(html.match(/<tr><td>/g)?.length).toBeGreaterThanOrEqual(today!.contacts.length + tomorrow!.contacts.length);
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
  });

  it('escapes what people typed', () => {
    const content = gatherDowntime(service, new Date());
    const html = downtimeHtml({ ...content, settings: { ...content.settings, teamName: '<img src=x onerror=alert(1)>' } });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is written beside the backups, owner-only, through a planted link without following it, and again after a change', async () => {
    const backups = service.backups.dir();
    fs.mkdirSync(backups, { recursive: true });
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'untouched');
    fs.symlinkSync(victim, path.join(backups, DOWNTIME_FILE));
    const copies = startDowntimeCopies(service, { debounceMs: 50, firstWriteMs: 10, checkEveryMs: 60_000, log: () => {} });
    try {
      const file = path.join(backups, DOWNTIME_FILE);
      await expect.poll(() => fs.lstatSync(file).isFile()).toBe(true);
      expect(fs.readFileSync(victim, 'utf8')).toBe('untouched');
      if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.readdirSync(backups).filter((n) => n.startsWith('act-board-partial-'))).toEqual([]);

      // A contact added today shows in the copy a moment after (debounced).
      const day = gatherDowntime(service, new Date()).days[0]!.day;
      const client = service.call('clients.create', { name: 'Zebedee Fictional', preferredName: 'Zeb', admissionDate: '2026-01-05', status: 'active' });
      service.call('contacts.create', { clientId: client.id, staffId: null, day, start: '07:05', end: '07:20', intervention: 'other', location: 'office', note: '' });
      expect(fs.readFileSync(file, 'utf8')).not.toContain('Zebedee Fictional');
      await wait(20);
      expect(fs.readFileSync(file, 'utf8')).not.toContain('Zebedee Fictional');
      await expect.poll(() => fs.readFileSync(file, 'utf8')).toContain('Zebedee Fictional');
    } finally {
      copies.stop();
    }
  });

  it('writes a fresh copy when the team’s date changes (each morning)', async () => {
    const file = path.join(service.backups.dir(), DOWNTIME_FILE);
    fs.rmSync(file, { force: true });
    let now = new Date('2027-03-01T15:00:00Z');
    const copies = startDowntimeCopies(service, { clock: () => now, debounceMs: 60_000, firstWriteMs: 10, checkEveryMs: 20, log: () => {} });
    const read = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
    try {
      await expect.poll(read).toContain('Monday 1 March 2027');
      now = new Date('2027-03-02T15:00:00Z');
      // Tomorrow's day is new; yesterday's is gone.
      await expect.poll(read).toContain('Wednesday 3 March 2027');
      expect(read()).not.toContain('Monday 1 March 2027');
    } finally {
      copies.stop();
    }
  });
});
