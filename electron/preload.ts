/**
 * Runs sandboxed in the renderer before the page. Exposes the typed board API as
 * `window.board` and nothing else: no ipcRenderer, no Node.
 * Bundled to one CJS file whose only require is 'electron' (sandboxed preloads can load nothing else).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiResponse } from '../shared/api';
import { type BoardBridge, IPC_CALL, IPC_CHANGE, IPC_KIOSK_ACTIVE, IPC_KIOSK_LEAVE, IPC_SAVE_PDF, type KioskExit, type PdfSaved } from '../shared/bridge';
import type { ChangeEvent } from '../shared/domain';

const bridge: BoardBridge = {
  call: (method, input) => ipcRenderer.invoke(IPC_CALL, method, input) as Promise<ApiResponse<unknown>>,
  onChange(listener) {
    // The IPC event (which carries the sender) is not passed to the page.
    const handler = (_event: IpcRendererEvent, change: ChangeEvent) => listener(change);
    ipcRenderer.on(IPC_CHANGE, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANGE, handler);
    };
  },
  kiosk: {
    active: () => ipcRenderer.invoke(IPC_KIOSK_ACTIVE) as Promise<boolean>,
    leave: (pin) => ipcRenderer.invoke(IPC_KIOSK_LEAVE, pin) as Promise<KioskExit>,
  },
  savePdf: (name) => ipcRenderer.invoke(IPC_SAVE_PDF, name) as Promise<PdfSaved>,
};

contextBridge.exposeInMainWorld('board', bridge);
