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

  it('holds the team activities of today and tomorrow in their staff members\' tables (issue 14)', () => {
    const day = gatherDowntime(service, new Date()).days[0]!.day;
    const staff = service.call('board.get', { day }).staff[0]!;
    const made = service.call('activities.create', { kind: 'training', day, start: '05:00', end: '05:45', staffIds: [staff.id] });
    const html = downtimeHtml(gatherDowntime(service, new Date()));
    expect(html).toContain('<tr><td>05:00–05:45</td><td>Training (team activity)</td>');
    service.call('activities.delete', { id: made.id, version: made.version });
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

  it('says who is on call now and this week, with their phones, and who is in hospital or jail, by full name and facility', () => {
    const content = gatherDowntime(service, new Date());
    const html = downtimeHtml(content);
    const part = (title: string) => {
      const at = html.indexOf(`<h2>${title}</h2>`);
      expect(at, `the "${title}" section`).toBeGreaterThan(-1);
      return html.slice(at, html.indexOf('</section>', at));
    };
    const oncall = part('On call');
    const board = service.call('oncall.now', {});
    expect(board.roles.length).toBeGreaterThan(0);
    for (const { role, now, next } of board.roles) {
      expect(oncall).toContain(role.name);
      expect(now.name).toBeTruthy();
      expect(oncall).toContain(now.name!.replace(/'/g, '&#39;'));
      expect(now.phone).toBeTruthy();
      expect(oncall).toContain(now.phone!);
      if (next?.name) expect(oncall).toContain(next.name.replace(/'/g, '&#39;'));
    }
    expect(oncall.match(/<td>Now<\/td>/g)?.length).toBe(board.roles.length);
    expect(oncall).toContain(`<td>Crisis line</td>`);
    expect(oncall).toContain(board.crisisLine);

    const custody = part('In hospital or jail');
    const { stays } = service.call('stays.current', {});
    expect(stays.length).toBeGreaterThan(0);
    expect(custody.match(/<tr><td>/g)?.length).toBe(stays.length);
    for (const c of stays) {
      expect(custody).toContain(content.clientNames.get(c.stay.clientId)!.replace(/'/g, '&#39;'));
      expect(custody).toContain(c.stay.facility.replace(/'/g, '&#39;'));
      expect(custody).toContain(c.stay.admittedOn);
    }
  });

  it('is written again when the rota or the logs change', async () => {
    const file = path.join(service.backups.dir(), DOWNTIME_FILE);
    fs.rmSync(file, { force: true });
    const copies = startDowntimeCopies(service, { debounceMs: 30, firstWriteMs: 10, checkEveryMs: 60_000, log: () => {} });
    const read = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
    try {
      await expect.poll(read).toContain('<h2>On call</h2>');
      const { maxNights } = service.call('oncall.rota', {});
      service.call('oncall.updateSettings', { maxNights, crisisLine: '555-0199' });
      await expect.poll(read).toContain('555-0199');
      // A stay nobody has visited yet (the demo has one), visited today: its "None yet" goes.
      const current = service.call('stays.current', {});
      const unvisited = current.stays.find((c) => c.lastVisit === null)!;
      const notVisited = (html: string) => html.slice(html.indexOf('<h2>In hospital or jail</h2>')).match(/None yet/g)?.length ?? 0;
      const before = notVisited(read());
      expect(before).toBeGreaterThan(0);
      service.call('stays.logVisit', { stayId: unvisited.stay.id, day: current.today });
      await expect.poll(() => notVisited(read())).toBe(before - 1);
    } finally {
      copies.stop();
      fs.rmSync(file, { force: true });
    }
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
