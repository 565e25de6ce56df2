/** Shared set-up for service tests: a real board file in a temp folder, and the bad-input check. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { ApiError, type Input, type Method, type Result } from '../../shared/api';
import { openBoardDatabase } from '../open';
import { BoardService } from './board-service';

export interface TestBoard {
  readonly service: BoardService;
  call<M extends Method>(method: M, input: Input<M>): Result<M>;
  /** Every table's rows, to prove a refused call changed nothing. */
  snapshot(): string;
  /** The call is refused with `code` and a message matching `message`, and the database is as it was. */
  expectRejected(fn: () => unknown, code: ApiError['code'], message: RegExp): void;
}

export function setupTestBoard(now = () => new Date('2026-11-23T14:00:00Z')): TestBoard {
  let dir = '';
  let service: BoardService | undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-'));
    service = new BoardService(openBoardDatabase(dir), now);
  });
  afterEach(() => {
    service?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const board: TestBoard = {
    get service() {
      return service!;
    },
    call: (method, input) => service!.call(method, input),
    snapshot() {
      const tables = service!.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
      return JSON.stringify(tables.map((t) => service!.db.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all()));
    },
    expectRejected(fn, code, message) {
      const before = board.snapshot();
      let error: unknown;
      try {
        fn();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe(code);
      expect((error as ApiError).message).toMatch(message);
      expect(board.snapshot()).toBe(before);
    },
  };
  return board;
}
