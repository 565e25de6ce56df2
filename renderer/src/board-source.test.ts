import { describe, expect, it } from 'vitest';
import { remoteBoardHost } from './board-source';

const at = (url: string) => {
  const u = new URL(url);
  return { protocol: u.protocol, hostname: u.hostname, host: u.host };
};

describe('which board a screen shows', () => {
  it("names another machine's host, and nothing for this machine's own board", () => {
    expect(remoteBoardHost(at('https://board-a.agency.example:4781/?view=wall'), false)).toBe('board-a.agency.example:4781');
    expect(remoteBoardHost(at('http://10.0.0.5:4780/'), false)).toBe('10.0.0.5:4780');
    expect(remoteBoardHost(at('http://127.0.0.1:4780/'), false)).toBeNull();
    expect(remoteBoardHost(at('http://localhost:4780/'), false)).toBeNull();
    expect(remoteBoardHost(at('http://[::1]:4780/'), false)).toBeNull();
    expect(remoteBoardHost(at('file:///opt/act-board/dist/renderer/index.html'), false)).toBeNull();
    expect(remoteBoardHost(at('http://10.0.0.5:4780/'), true)).toBeNull();
  });
});
