import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type BoardBridge, IPC_CALL, IPC_CHANGE, IPC_KIOSK_ACTIVE, IPC_KIOSK_LEAVE } from '../shared/bridge';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload', () => {
  let bridge: BoardBridge;

  beforeEach(async () => {
    vi.resetModules();
    vi.clearAllMocks();
    await import('./preload');
    bridge = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as BoardBridge;
  });

  it('exposes only `board`, with only the bridge methods', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('board');
    expect(Object.keys(bridge).sort()).toEqual(['call', 'kiosk', 'onChange', 'savePdf']);
    expect(Object.keys(bridge.kiosk).sort()).toEqual(['active', 'leave']);
  });

  it('asks about and leaves kiosk mode over its own channels, passing only the PIN', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true });
    await expect(bridge.kiosk.leave('1001')).resolves.toEqual({ ok: true });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_KIOSK_LEAVE, '1001');
    electron.ipcRenderer.invoke.mockResolvedValue(true);
    await expect(bridge.kiosk.active()).resolves.toBe(true);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_KIOSK_ACTIVE);
  });

  it('forwards calls over the call channel', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, result: 1 });
    await expect(bridge.call('settings.get', {})).resolves.toEqual({ ok: true, result: 1 });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CALL, 'settings.get', {});
  });

  it('passes change events without the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onChange(listener);
    const [channel, handler] = electron.ipcRenderer.on.mock.calls[0] as [string, (e: unknown, c: unknown) => void];
    expect(channel).toBe(IPC_CHANGE);
    handler({ sender: 'secret' }, { areas: ['contacts'] });
    expect(listener).toHaveBeenCalledWith({ areas: ['contacts'] });
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_CHANGE, handler);
  });
});

describe('preload bundle', () => {
  it("requires nothing but 'electron' (sandboxed preloads can load nothing else)", async () => {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [`${__dirname}/preload.ts`],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
    });
    const requires = [...(out.outputFiles[0]?.text ?? '').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(requires).toEqual(['electron']);
  });
});
