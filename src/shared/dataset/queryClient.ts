import { QueryClient } from '@tanstack/react-query';

/** Shared defaults: the data is static for a session, so nothing refetches on focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000) },
    },
  });
}
