import { QueryClient, QueryClientProvider, notifyManager } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { seedFirstReads } from './first-reads';
import { NoticeProvider } from './notices';
import { SessionProvider } from './trust/session';
import { TrustGate } from './trust/TrustGate';
import { UndoProvider } from './undo';
import './styles.css';
import './paper.css';

// `?view=wall`: the wall screen (the kiosk's default), read-only; `?view=print`: paper (day sheet, routes).
const WallApp = lazy(() => import('./wall/WallApp').then((m) => ({ default: m.WallApp })));
const PrintApp = lazy(() => import('./wall/PrintApp').then((m) => ({ default: m.PrintApp })));
const view = new URLSearchParams(window.location.search).get('view');
const screen = view === 'wall' ? <WallApp /> : view === 'print' ? <PrintApp /> : <App />;

// Change events tell each seat when to refetch, so no polling and no refetch on focus.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 } },
});
seedFirstReads(queryClient);

// A change to the cache (a dropped card moved at once) reaches the screen in the same task, not in
// a later one (TanStack Query's default is setTimeout): in between, the browser could paint a frame
// without it.
notifyManager.setScheduler((run) => queueMicrotask(run));

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <NoticeProvider>
        <UndoProvider>
          {/* The session provides privacy mode (forced on while locked, if the team set it). */}
          <SessionProvider>
            <TrustGate>
              <Suspense fallback={null}>{screen}</Suspense>
            </TrustGate>
          </SessionProvider>
        </UndoProvider>
      </NoticeProvider>
    </QueryClientProvider>
  </StrictMode>,
);
