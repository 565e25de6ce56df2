import { todayIn } from '../shared/time';
import { acquireBoardLock } from './board-lock';
import { seedDemoTeam } from './demo';
import { ensureDemoAccess, seedDemoAccess } from './demo-access';
import { seedDemoMeetings } from './demo-meeting';
import { seedDemoStays } from './demo-stays';
import { seedDemoOncall } from './demo-oncall';
import { seedDemoClinical } from './demo-clinical';
import { awaitsIntegrityCheck, makeDataDir, openBoardDatabase } from './open';
import { BoardService } from './service/board-service';

export interface OpenBoardOptions {
  /** Fill a new, empty board with the fictional demo team. */
  demo?: boolean;
  /**
   * Check the file's integrity beside the first reads instead of before them; writes wait
   * for `service.integrity` (db/integrity-check.ts). A demo board is always checked first.
   */
  checkLater?: boolean;
}

/** Opens the team's board file in `dataDir` and returns the service every transport uses. */
export function openBoard(dataDir: string, { demo = false, checkLater = false }: OpenBoardOptions = {}): BoardService {
  makeDataDir(dataDir);
  // Before the file is touched: a second app or host on this folder stops here.
  const lock = acquireBoardLock(dataDir);
  let service: BoardService;
  try {
    service = new BoardService(openBoardDatabase(dataDir, { checkLater: checkLater && !demo }));
  } catch (err) {
    lock.release();
    throw err;
  }
  service.onClose(lock.release);
  if (awaitsIntegrityCheck(service.db)) service.checkIntegrityAside();
  const empty = (service.db.prepare('SELECT COUNT(*) AS n FROM staff').get() as { n: number }).n === 0;
  if (demo && empty) {
    const { timeZone } = service.call('settings.get', {});
    seedDemoTeam(service, todayIn(timeZone));
    seedDemoAccess(service);
    seedDemoMeetings(service, todayIn(timeZone));
    seedDemoStays(service, todayIn(timeZone));
    seedDemoOncall(service, todayIn(timeZone));
    seedDemoClinical(service, todayIn(timeZone));
    // Every screen of this board says "demo": its PINs are published in the README.
    service.db.prepare('UPDATE settings SET demo = 1 WHERE id = 1').run();
  } else if (demo) {
    ensureDemoAccess(service);
  }
  return service;
}
