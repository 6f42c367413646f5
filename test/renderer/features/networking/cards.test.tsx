import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { download } from '../../../../renderer/components/download';
import { networkingEvent } from '../../../core/handlers/networking-run-fixtures';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { NINE_AM } from '../run/run-fixtures';
import { axeViolations } from './setup-fixtures';

vi.mock('../../../../renderer/components/download', () => ({ download: vi.fn() }));

beforeEach(() => vi.mocked(download).mockClear());
afterEach(() => vi.restoreAllMocks());

/** The desktop host's printer: what it is given to print, and a PDF back. */
function desktopPrinter() {
  const printed: string[] = [];
  const printToPdf = async (html: string) => {
    printed.push(html);
    return new TextEncoder().encode('%PDF-1.7 fake');
  };
  return { printed, printToPdf };
}

describe('personal cards', () => {
  it('in a browser, opens the cards alone and brings up the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const core = makeTestCore({ start: NINE_AM });
    const { meetingId, session } = await networkingEvent(core);
    const { user, container } = await renderApp({ path: `/networking/${meetingId}/run`, core });

    await user.click(await screen.findByRole('link', { name: 'Print cards' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Personal cards — Partners networking',
      }),
    ).toBeVisible();
    const cards = screen.getByRole('region', { name: 'The cards' });
    // One card a participant, each headed with their name, with a row a round.
    for (const person of session.participants) {
      const name = within(cards).getByRole('heading', { level: 3, name: person.name });
      const card = name.closest('article')!;
      expect(card).toHaveTextContent(person.agency);
      expect(within(card).getAllByRole('row')).toHaveLength(1 + 3);
    }
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));

    await user.click(screen.getByRole('button', { name: 'Print the cards' }));
    expect(print).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/choose “Save as PDF” as the printer/)).toBeVisible();
    expect(screen.getByRole('link', { name: /Back to the event setup/ })).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('where the host prints PDF, saves the cards as a PDF from the run screen', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const printer = desktopPrinter();
    const core = makeTestCore({ start: NINE_AM, printToPdf: printer.printToPdf });
    const { meetingId } = await networkingEvent(core);
    const { user } = await renderApp({ path: `/networking/${meetingId}/run`, core });

    await user.click(await screen.findByRole('button', { name: 'Save the cards as PDF' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [filename, content, type] = vi.mocked(download).mock.calls[0]!;
    expect(filename).toMatch(/\.pdf$/);
    expect(type).toBe('application/pdf');
    expect(new TextDecoder().decode(content as Uint8Array)).toBe('%PDF-1.7 fake');
    expect(printer.printed[0]).toContain('Person 1');
    expect(await screen.findByText(`Saved ${filename}`)).toBeVisible();
    expect(print).not.toHaveBeenCalled();
  });

  it('where the host prints PDF, the cards page saves rather than prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const printer = desktopPrinter();
    const core = makeTestCore({ start: NINE_AM, printToPdf: printer.printToPdf });
    const { meetingId } = await networkingEvent(core);
    const { user } = await renderApp({ path: `/networking/${meetingId}/cards`, core });

    await user.click(await screen.findByRole('button', { name: 'Save the cards as PDF' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('button', { name: 'Print the cards' })).toBeNull();
    expect(print).not.toHaveBeenCalled();
  });

  it('speaks French', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => {});
    const core = makeTestCore({ start: NINE_AM });
    const { meetingId } = await networkingEvent(core);
    await renderApp({
      path: `/networking/${meetingId}/cards`,
      core,
      settings: { language: 'fr' },
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Cartes personnelles — Partners networking',
      }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Imprimer les cartes' })).toBeVisible();
    // The cards themselves are in the language chosen.
    const cards = screen.getByRole('region', { name: 'Les cartes' });
    expect(cards.querySelector('.networking-cards')).toHaveAttribute('lang', 'fr');
  });
});
