import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { Settings } from '../../shared/contract';
import { createClient } from '../../renderer/api/client';
import { AppProviders } from '../../renderer/app/AppProviders';
import { AppRoutes } from '../../renderer/app/AppRoutes';
import { makeTestCore, type TestCore } from './core';
import { inProcessTransport } from './in-process-transport';

export interface RenderOptions {
  /** The route to start on, e.g. `/directory/people`. */
  path?: string;
  /** A core to share with the test (to seed it or check what was saved). */
  core?: TestCore;
  settings?: Partial<Settings>;
}

async function setUp(
  ui: ReactElement,
  { path = '/', core = makeTestCore(), settings }: RenderOptions,
) {
  if (settings) await core.ok('settings.update', settings);
  const client = createClient(inProcessTransport(core));
  const user = userEvent.setup();
  const result = render(
    // The router outside the providers, as in App.tsx (the lock screen keeps the route).
    <MemoryRouter initialEntries={[path]}>
      <AppProviders client={client}>{ui}</AppProviders>
    </MemoryRouter>,
  );
  // Settings are read before the first real paint: wait for the app to be past its loading state.
  await waitFor(() => {
    if (result.container.querySelector('.startup')) throw new Error('Still starting up');
  });
  return { ...result, core, client, user };
}

/** The whole app (shell, routes, providers) on a real core with an in-memory database. */
export function renderApp(options: RenderOptions = {}) {
  return setUp(<AppRoutes />, options);
}

/** One component with the app's providers and a real core. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  return setUp(ui, options);
}
