import { describe, expect, it } from 'vitest';
import { litestreamConfig, parseReplicaTarget, parseSyncInterval } from './target';
import { parseMoment } from './restore';

describe('the replica target (--replicate-to)', () => {
  it('takes a full folder path or an s3:// URL', () => {
    expect(parseReplicaTarget('/mnt/replicas/team-a/')).toEqual({ kind: 'folder', path: '/mnt/replicas/team-a' });
    expect(parseReplicaTarget('s3://agency-boards/team-a/')).toEqual({ kind: 's3', url: 's3://agency-boards/team-a' });
    expect(parseReplicaTarget('s3://agency-boards/team-a', 'https://minio.example.org:9000')).toMatchObject({ endpoint: 'https://minio.example.org:9000' });
  });

  it('refuses credentials in the URL, other schemes and relative folders, in plain words', () => {
    expect(() => parseReplicaTarget('s3://AKIAEXAMPLE:secret@bucket/path')).toThrow(/must not carry a key or secret.*environment/);
    expect(() => parseReplicaTarget('s3://bucket/path', 'https://key:secret@minio.example.org')).toThrow(/must not carry a key or secret/);
    expect(() => parseReplicaTarget('gcs://bucket/path')).toThrow(/folder or s3:\/\//);
    expect(() => parseReplicaTarget('replicas/team-a')).toThrow(/full path/);
    expect(() => parseReplicaTarget('')).toThrow(/needs a folder/);
    expect(() => parseReplicaTarget('/mnt/r', 'https://minio.example.org')).toThrow(/for s3:\/\/ replicas only/);
  });

  it('writes a config with no credentials and every value quoted (JSON is YAML)', () => {
    const text = litestreamConfig('/srv/act-board/team a/act-board.sqlite', { kind: 's3', url: 's3://b/p', endpoint: 'https://m.example.org' }, '100ms');
    const config = JSON.parse(text) as { dbs: { path: string; 'monitor-interval': string; replicas: Record<string, string>[] }[] };
    expect(config.dbs[0]).toMatchObject({ path: '/srv/act-board/team a/act-board.sqlite', 'monitor-interval': '100ms' });
    expect(config.dbs[0]!.replicas[0]).toEqual({ url: 's3://b/p', 'sync-interval': '100ms', endpoint: 'https://m.example.org' });
    expect(text).not.toMatch(/access-key|secret/i);
  });

  it('takes a sync interval Litestream understands', () => {
    expect(parseSyncInterval('250ms')).toBe('250ms');
    expect(() => parseSyncInterval('0s')).toThrow(/like 100ms/);
    expect(() => parseSyncInterval('1 second')).toThrow(/like 100ms/);
  });

  it('takes a restore moment only with its zone', () => {
    expect(parseMoment('2026-11-30T14:05:09-05:00').toISOString()).toBe('2026-11-30T19:05:09.000Z');
    expect(parseMoment('2026-11-30T19:05:09.250Z').toISOString()).toBe('2026-11-30T19:05:09.250Z');
    expect(() => parseMoment('2026-11-30 14:05')).toThrow(/with its zone/);
    expect(() => parseMoment('yesterday')).toThrow(/with its zone/);
  });
});
