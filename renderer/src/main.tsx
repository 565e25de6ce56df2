import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { NoticeProvider } from './notices';
import { SessionProvider } from './trust/session';
import { TrustGate } from './trust/TrustGate';
import { UndoProvider } from './undo';
import './styles.css';

// Change events tell each seat when to refetch, so no polling and no refetch on focus.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 } },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <NoticeProvider>
        <UndoProvider>
          {/* The session provides privacy mode (forced on while locked, if the team set it). */}
          <SessionProvider>
            <TrustGate>
              <App />
            </TrustGate>
          </SessionProvider>
        </UndoProvider>
      </NoticeProvider>
    </QueryClientProvider>
  </StrictMode>,
);
