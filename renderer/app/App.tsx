import { HashRouter } from 'react-router';
import type { ApiClient } from '../api/client';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';

/**
 * Hash routing works both from app://roundtable/index.html in Electron and in browser mode. The
 * router is outside the providers so that the lock screen (VaultGate) keeps the route: unlocking
 * returns to the same screen.
 */
export function App({ client }: { client: ApiClient }) {
  return (
    <HashRouter>
      <AppProviders client={client}>
        <AppRoutes />
      </AppProviders>
    </HashRouter>
  );
}
