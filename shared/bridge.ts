import type { ApiResponse } from './api';
import type { ChangeEvent } from './domain';

/** What the Electron preload exposes to the renderer as `window.board`, and nothing more. */
export interface BoardBridge {
  call(method: string, input: unknown): Promise<ApiResponse<unknown>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  kiosk: KioskBridge;
  /** "Save as PDF" of this page (its print stylesheet) into Documents/ACT Board as `<name>.pdf`. */
  savePdf(name: string): Promise<PdfSaved>;
}

export type PdfSaved = { ok: true; file: string } | { ok: false; message: string };

/** Whether a PIN took the window out of kiosk mode, and if not, why. */
export type KioskExit = { ok: true } | { ok: false; message: string };

/** The wall screen's kiosk: only the signed-in admin's PIN takes the window out of it. */
export interface KioskBridge {
  active(): Promise<boolean>;
  leave(pin: string): Promise<KioskExit>;
}

export const IPC_CALL = 'board:call';
export const IPC_CHANGE = 'board:change';
export const IPC_KIOSK_ACTIVE = 'board:kiosk-active';
export const IPC_KIOSK_LEAVE = 'board:kiosk-leave';
export const IPC_SAVE_PDF = 'board:save-pdf';

declare global {
  interface Window {
    /** Present only inside the Electron shell; browser seats use HTTP. */
    board?: BoardBridge;
  }
}
