import { HashRouter } from 'react-router';
import type { ApiClient } from '../api/client';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';

/** Hash routing works both from app://roundtable/index.html in Electron and in browser mode. */
export function App({ client }: { client: ApiClient }) {
  return (
    <AppProviders client={client}>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </AppProviders>
  );
}
