import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../renderer/api/client';
import { createHttpTransport } from '../../../renderer/api/http-transport';
import { App } from '../../../renderer/app/App';

/** Browser mode opened from the bare address: the host refuses every call without the key. */
function openWithoutKey(language: string) {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('Forbidden', { status: 403 })),
  );
  vi.stubGlobal(
    'EventSource',
    class {
      onmessage: unknown = null;
      close() {}
    },
  );
  render(<App client={createClient(createHttpTransport('http://127.0.0.1:1'))} />);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a page without the launch key', () => {
  it('says how to connect, in the browser’s language', async () => {
    openWithoutKey('fr-CA');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Cette fenêtre n’est pas connectée à Roundtable. Ouvrez le lien affiché dans le terminal',
    );
    expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();
  });

  it('says it in English to an English browser, with no useless Try again', async () => {
    openWithoutKey('en-US');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This window is not connected to Roundtable. Open the link printed in the terminal when browser mode started (it contains a one-time key).',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
