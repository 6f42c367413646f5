import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RichDoc } from '../../../../shared/domain/rich-text';
import { NotesEditor } from '../../../../renderer/features/notes/NotesEditor';
import { makeTestCore } from '../../../helpers/core';
import { renderWithProviders } from '../../../helpers/render';
import { meetingWithItems } from '../meetings/fixtures';

/** The notes' quick add warns of a term already in the glossary; the pop-up speaks French. */

const LABEL = 'Notes: Round of agency updates';

beforeEach(() => localStorage.clear());

const docOf = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function openNotes(text: string, language: 'en' | 'fr' = 'en') {
  const core = makeTestCore();
  await core.ok('glossary.add', {
    en: { term: 'Ontario Works', abbreviations: ['OW'], definition: 'Ontario’s income support.' },
    fr: { term: 'Ontario au travail', abbreviations: ['OT'] },
  });
  const created = await meetingWithItems(core, [
    { title: 'Round of agency updates', plannedMinutes: 20 },
  ]);
  const { items } = await core.ok('meeting.get', { id: created.id });
  await renderWithProviders(
    <NotesEditor
      meetingId={created.id}
      itemId={items[0]!.id}
      initial={docOf(text)}
      label={LABEL}
      onCapture={() => {}}
    />,
    { core, settings: { language } },
  );
  const user = userEvent.setup({ delay: null });
  const box = screen.getByRole('textbox', { name: new RegExp(`^${LABEL.replace(':', ' ?:')}`) });
  await waitFor(() =>
    expect(box.querySelector('.glossary-term, .glossary-unknown')).not.toBeNull(),
  );
  return { core, user, box };
}

/** Selects `text` in the note, as a drag would. */
function select(box: HTMLElement, text: string) {
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const index = node.data.indexOf(text);
    if (index < 0) continue;
    document.getSelection()!.setBaseAndExtent(node, index, node, index + text.length);
    act(() => void document.dispatchEvent(new Event('selectionchange')));
    return;
  }
  throw new Error(`"${text}" is not in the note`);
}

describe('Glossary in the notes › quick add', () => {
  it('warns that "Ontario Works" (OW) is already there, and adds it after "Add anyway"', async () => {
    const { core, user, box } = await openNotes('The OW caseworker and Ontario Works staff met.');
    await user.click(box);
    select(box, 'Ontario Works');
    await user.keyboard('{Control>}{Shift>}G{/Shift}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Add to glossary' });
    expect(within(dialog).getByRole('textbox', { name: /Term in English/ })).toHaveAttribute(
      'lang',
      'en-CA',
    );
    expect(
      within(dialog).getByRole('textbox', { name: 'Term in French (optional)' }),
    ).toHaveAttribute('lang', 'fr-CA');
    await user.type(within(dialog).getByRole('textbox', { name: 'Acronym or short form' }), 'OW');
    const open = await within(dialog).findByRole('link', { name: 'Open it: Ontario Works' });
    expect(open.closest('.duplicate-warning')).toHaveTextContent(
      'Already in the glossary:Ontario Works — Ontario au travail',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Add to glossary' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Add anyway' }));
    await screen.findByText('“Ontario Works” was added to the glossary.');
    const { total } = await core.ok('glossary.list', { language: 'en', query: 'Ontario Works' });
    expect(total).toBe(2);
  });

  it('says the pop-up’s keys as a French keyboard names them: « Alt+Entrée »', async () => {
    const { user, box } = await openNotes('Le dossier OW est ouvert.', 'fr');
    const term = [...box.querySelectorAll<HTMLElement>('.glossary-term')].find(
      (el) => el.textContent === 'OW',
    )!;
    await user.hover(term);
    const popup = await screen.findByRole('group', { name: 'Glossaire : OW' });
    expect(popup).toHaveTextContent('Alt+Entrée : atteindre ces actions · Échap : masquer');
    expect(popup).not.toHaveTextContent('Enter');
  });
});
