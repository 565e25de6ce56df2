import type { ApiResponse } from './api';
import type { ChangeEvent } from './domain';

/** What the Electron preload exposes to the renderer as `window.board`, and nothing more. */
export interface BoardBridge {
  call(method: string, input: unknown): Promise<ApiResponse<unknown>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

export const IPC_CALL = 'board:call';
export const IPC_CHANGE = 'board:change';

declare global {
  interface Window {
    /** Present only inside the Electron shell; browser seats use HTTP. */
    board?: BoardBridge;
  }
}
