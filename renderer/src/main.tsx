import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { NoticeProvider } from './notices';
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
          <App />
        </UndoProvider>
      </NoticeProvider>
    </QueryClientProvider>
  </StrictMode>,
);
