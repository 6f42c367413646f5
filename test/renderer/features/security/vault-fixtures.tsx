import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { MemoryRouter } from 'react-router';
import { afterEach } from 'vitest';
import { storagePaths, type StorageOptions } from '../../../../electron/core/open-core';
import { createClient } from '../../../../renderer/api/client';
import { AppProviders } from '../../../../renderer/app/AppProviders';
import { AppRoutes } from '../../../../renderer/app/AppRoutes';
import type { Transport } from '../../../../shared/rpc';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { PASSPHRASE, startVaultCore, type VaultCore } from '../../../core/vault/vault-helpers';
import type { VaultHost } from '../../../../electron/core/open-core';

export { PASSPHRASE };

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
export async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * A data folder per test, and the cores opened on it closed after the test (call once per file).
 * `folder()` makes the folder; `start()` opens a core on it as the hosts do (cheap scrypt).
 */
export function useVaultFolders() {
  const tempDir = useTempDirs('roundtable-vault-ui-');
  const open: VaultCore[] = [];
  afterEach(() => {
    for (const v of open.splice(0)) v.core.close();
  });
  return {
    folder: (): StorageOptions => storagePaths(tempDir()),
    start(storage: StorageOptions, host: VaultHost = {}): VaultCore {
      const v = startVaultCore(storage, host);
      open.push(v);
      return v;
    },
    /** Closes a core before the test ends (to reopen the folder, as a restart would). */
    stop(v: VaultCore) {
      open.splice(open.indexOf(v), 1);
      v.core.close();
    },
  };
}

/** The renderer's transport over a vault core in this process (copies, as a real one would). */
function transportOver(v: VaultCore): Transport {
  return {
    call: async (method, input) =>
      structuredClone(await v.core.call(method, structuredClone(input))),
    onEvent: (listener) => v.core.onEvent(listener),
  };
}

/** The whole app on `v`, at `path`, past its loading state. */
export async function renderVaultApp(v: VaultCore, path = '/') {
  const client = createClient(transportOver(v));
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[path]}>
      <AppProviders client={client}>
        <AppRoutes />
      </AppProviders>
    </MemoryRouter>,
  );
  await waitFor(() => {
    if (result.container.querySelector('.startup')) throw new Error('Still starting up');
  });
  return { ...result, user, client };
}
