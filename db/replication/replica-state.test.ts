import { describe, expect, it } from 'vitest';
import { ReplicaState, inPlainWords, isProblem, parseElapsedMs, parseLogLine } from './replica-state';

const T0 = Date.parse('2026-11-30T12:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const shipped = (ms: number, elapsed = '5ms') =>
  `time=${at(ms)} level=INFO msg="wal segment written" db=/srv/b/act-board.sqlite replica=file position=6389262eb144c839/00000000:0 elapsed=${elapsed} sz=4152`;

describe("the replica's state, from Litestream's log", () => {
  it('reads the text log format, quoted values included', () => {
    const line = parseLogLine(shipped(0));
    expect(line).toMatchObject({ level: 'INFO', msg: 'wal segment written', fields: { elapsed: '5ms', sz: '4152' } });
    expect(parseLogLine('not a log line')).toBeNull();
    expect(parseElapsedMs('6.345379ms')).toBeCloseTo(6.345, 2);
    expect(parseElapsedMs('1.5s')).toBe(1500);
  });

  it('counts a change replicated only once a segment started at least a monitor interval after it', () => {
    const state = new ReplicaState('/mnt/replica', 100, 100);
    state.noteStarted();
    state.noteWrite(T0);
    // A segment that began 50 ms after the change may have been read before the change reached Litestream.
    state.noteLine(shipped(55, '5ms'), T0 + 60);
    expect(state.status(T0 + 300)).toMatchObject({ upToDate: false, lagSeconds: 0.3 });
    state.noteLine(shipped(210, '5ms'), T0 + 215);
    expect(state.status(T0 + 400)).toMatchObject({ upToDate: true, lagSeconds: 0, lastShippedAt: at(210), lastWriteAt: at(0) });
  });

  it('counts a change replicated when Litestream, after a segment that began just after it, finds nothing more to ship', () => {
    const state = new ReplicaState('/mnt/replica', 100, 100);
    state.noteStarted();
    state.noteWrite(T0);
    state.noteLine(shipped(30, '5ms'), T0 + 30);
    expect(state.status(T0 + 400)).toMatchObject({ upToDate: false }); // Litestream may still find it
    expect(state.status(T0 + 500)).toMatchObject({ upToDate: true, lagSeconds: 0 });
    // A segment that began before the change says nothing about it, however quiet it is afterwards.
    state.noteWrite(T0 + 1000);
    expect(state.status(T0 + 5000)).toMatchObject({ upToDate: false, lagSeconds: 4 });
  });

  it('reports the oldest change still waiting, an error in plain words, and clears it once shipping resumes', () => {
    const state = new ReplicaState('s3://b/p', 1000, 1000);
    state.noteStarted();
    state.noteWrite(T0);
    state.noteWrite(T0 + 5000);
    state.noteLine(`time=${at(6000)} level=ERROR msg="monitor error" db=/srv/b/act-board.sqlite replica=s3 error="dial tcp: lookup b.s3.amazonaws.com: no such host"`, T0 + 6000);
    const down = state.status(T0 + 30_000);
    expect(down).toMatchObject({ upToDate: false, lagSeconds: 30 });
    expect(down.configured && down.error).toMatch(/cannot be reached.*sent once it is back/);
    state.noteLine(shipped(31_000), T0 + 31_000);
    expect(state.status(T0 + 31_500)).toMatchObject({ upToDate: true, error: null });
  });

  it('says so when Litestream stops unexpectedly, and counts the restarts', () => {
    const state = new ReplicaState('/mnt/replica', 1000, 1000);
    state.noteStarted();
    state.noteStopped({ code: 1, signal: null });
    expect(state.status(T0)).toMatchObject({ running: false, restarts: 1, error: 'Litestream stopped with exit code 1; the host starts it again.' });
    state.noteStopped(null); // asked to stop: not a problem
    expect(state.status(T0)).toMatchObject({ restarts: 1 });
  });

  it('puts storage errors in words an admin can act on', () => {
    const line = (error: string) => parseLogLine(`level=ERROR msg="sync error" error="${error}"`)!;
    expect(inPlainWords(line('AccessDenied: Access Denied'))).toMatch(/refused the credentials/);
    expect(inPlainWords(line('open /mnt/replica/generations: permission denied'))).toMatch(/permission denied/);
    expect(inPlainWords(line('NoSuchBucket'))).toMatch(/bucket does not exist/);
    // Litestream's note that its watcher ended because the host stopped it is no problem.
    expect(isProblem(line('signal: terminated'))).toBe(true); // "sync error" with that text still is
    expect(isProblem(parseLogLine('level=ERROR msg="failed to run" error="signal: terminated"')!)).toBe(false);
  });

  it('reports a write to the replica that does not finish (Litestream 0.3 retries without saying why), with the cause when known', () => {
    const state = new ReplicaState('/mnt/replica', 100, 100, () => 'The replica /mnt/replica is not a folder (something else is in its place). Changes wait on this server until it is a folder again.');
    state.noteStarted();
    state.noteWrite(T0);
    state.noteLine(`time=${at(100)} level=INFO msg="write wal segment" db=/srv/b/act-board.sqlite replica=file position=g/00000000:16512`, T0 + 100);
    expect(state.status(T0 + 4000)).toMatchObject({ error: null });
    expect(state.status(T0 + 5200)).toMatchObject({ upToDate: false, error: expect.stringMatching(/is not a folder/) });
    state.noteLine(shipped(6000), T0 + 6000);
    expect(state.status(T0 + 7000)).toMatchObject({ upToDate: true, error: null });
    const unknown = new ReplicaState('s3://b/p', 1000, 1000);
    unknown.noteStarted();
    unknown.noteLine(`time=${at(0)} level=INFO msg="write wal segment" replica=s3 position=g/00000000:0`, T0);
    expect(unknown.status(T0 + 6000)).toMatchObject({ error: expect.stringMatching(/trying to write to the replica since 2026-11-30T12:00:00.000Z/) });
  });
});
