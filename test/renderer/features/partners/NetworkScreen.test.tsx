import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphView } from '../../../../renderer/features/partners/network-view';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { heldMeeting, orgs } from '../../../helpers/partners';
import { renderApp } from '../../../helpers/render';
import { axeViolations, coreOnTestDay } from './fixtures';

/*
 * jsdom has no canvas, so cytoscape cannot draw here: the graph module is replaced by one that
 * records what it was asked to draw. The list alternative is the real interface and is tested
 * for real; the e2e test draws the graph in Chromium.
 */
const graph = vi.hoisted(() => ({
  fail: false,
  views: [] as GraphView[],
  selected: [] as (string | null)[],
  onSelect: null as ((id: string | null) => void) | null,
  exported: [] as string[],
}));

vi.mock('../../../../renderer/features/partners/network-graph', () => ({
  drawNetwork: (
    _container: HTMLElement,
    options: { view: GraphView; onSelect: (id: string | null) => void },
  ) => {
    if (graph.fail) throw new Error('No canvas here');
    graph.views.push(options.view);
    graph.onSelect = options.onSelect;
    return {
      show: (view: GraphView) => graph.views.push(view),
      select: (id: string | null) => graph.selected.push(id),
      zoomBy: () => {},
      fit: () => {},
      arrange: () => {},
      png: () => {
        graph.exported.push('png');
        return Promise.resolve(new Uint8Array([137, 80, 78, 71]));
      },
      svg: () => {
        graph.exported.push('svg');
        return '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
      },
      destroy: () => {},
    };
  },
}));

beforeEach(() => {
  graph.fail = false;
  graph.views = [];
  graph.selected = [];
  graph.onSelect = null;
  graph.exported = [];
});

afterEach(() => {
  vi.useRealTimers();
});

/** What the graph shows now: the last view it was given. */
const drawn = () => graph.views.at(-1)!;
const edgeKinds = () => drawn().edges.map((e) => `${e.source}>${e.target}:${e.kind}`);

const list = () => screen.getByRole('region', { name: 'Organizations and their connections' });
const item = (name: string) =>
  within(list())
    .getByRole('heading', { level: 4, name: new RegExp(`^${name}`) })
    .closest('li')!;

async function choose(user: UserEvent, scope: HTMLElement, label: RegExp, option: string) {
  const field = within(scope).getByRole('combobox', { name: label });
  await user.click(field);
  // The picker offers only what matches the text: start from an empty field.
  await user.clear(field);
  await user.type(field, option.slice(0, 5));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function threeAgencies(core: TestCore = makeTestCore()) {
  const [shelter, health, police] = await orgs(
    core,
    'Shelter North',
    'Community Health',
    'Police Liaison',
  );
  await core.ok('org.update', { id: shelter, changes: { shortName: 'SN' } });
  await heldMeeting(core, '2026-11-02', { present: [shelter, health] });
  return { core, shelter, health, police };
}

describe('network screen', () => {
  it('adds a connection, says it in words on both organizations, draws it, and deletes it with Undo', async () => {
    const { core, shelter, health } = await threeAgencies(coreOnTestDay());
    const { user, container } = await renderApp({ path: '/partners/network', core });

    await screen.findByRole('heading', { level: 2, name: 'Partner network' });
    await waitFor(() => expect(graph.views).toHaveLength(1));
    expect(
      drawn()
        .nodes.map((n) => n.label)
        .sort(),
    ).toEqual(['Community Health', 'Police Liaison\n(never attended)', 'SN']);
    // Never represented: flagged in words, on its own and in the list.
    expect(screen.getByText('Never represented at a meeting (1):')).toBeVisible();
    expect(
      within(item('Police Liaison')).getByText('Never represented at a meeting'),
    ).toBeVisible();
    expect(within(item('Shelter North')).getByText('No connections recorded yet.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Add a connection' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a connection' });
    await choose(user, dialog, /^Organization/, 'Shelter North (SN)');
    await choose(user, dialog, /^Other organization/, 'Community Health');
    await user.type(within(dialog).getByRole('textbox', { name: 'Note (optional)' }), 'Weekly');
    await user.click(within(dialog).getByRole('button', { name: 'Add connection' }));
    expect(
      await screen.findByText('Connection added: Shelter North refers to Community Health.'),
    ).toBeVisible();

    expect(
      (await within(item('Shelter North')).findByText('Refers to:')).parentElement,
    ).toHaveTextContent('Refers to: Community Health');
    expect(
      within(item('Community Health')).getByText('Receives referrals from:').parentElement,
    ).toHaveTextContent('Receives referrals from: Shelter North');
    expect(edgeKinds()).toEqual([`${shelter}>${health}:refers_to`]);
    expect(await axeViolations(container)).toEqual([]);

    // Opened, the organization shows each connection with its buttons.
    await user.click(
      within(item('Shelter North')).getByRole('button', { name: 'Shelter North (SN)' }),
    );
    const remove = await within(item('Shelter North')).findByRole('button', {
      name: 'Delete: Refers to Community Health',
    });
    expect(within(item('Shelter North')).getByText('Weekly')).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(remove);
    const toast = await screen.findByText(
      'Connection deleted: Shelter North refers to Community Health.',
    );
    await waitFor(() => expect(edgeKinds()).toEqual([]));
    expect(
      within(item('Community Health')).getByText('No connections recorded yet.'),
    ).toBeVisible();
    await user.click(
      within(toast.closest('[role="alertdialog"]') as HTMLElement).getByRole('button', {
        name: 'Undo',
      }),
    );
    await waitFor(() => expect(edgeKinds()).toEqual([`${shelter}>${health}:refers_to`]));
    expect((await core.ok('connection.list', {})).map((c) => c.kind)).toEqual(['refers_to']);
  }, 30_000);

  it('filters the graph and the list alike, by kind and by member or potential partner', async () => {
    const { core, shelter, health, police } = await threeAgencies();
    await core.ok('connection.add', { fromId: shelter, toId: health, kind: 'refers_to' });
    await core.ok('connection.add', { fromId: health, toId: police, kind: 'funds' });
    await core.ok('partner.setProfile', { organizationId: police, networkStatus: 'potential' });
    const { user } = await renderApp({ path: '/partners/network', core });
    await waitFor(() => expect(edgeKinds()).toHaveLength(2));
    expect(within(item('Police Liaison')).getByText('Potential partner')).toBeVisible();
    expect(drawn().nodes.find((n) => n.id === police)?.status).toBe('potential');

    const filters = screen.getByRole('search', { name: 'Filter the network' });
    await user.click(within(filters).getByRole('checkbox', { name: 'Refers to' }));
    await waitFor(() => expect(edgeKinds()).toEqual([`${health}>${police}:funds`]));
    expect(
      within(item('Shelter North')).getByText('No connections shown with these filters.'),
    ).toBeVisible();
    expect(within(item('Community Health')).getByText('Funds:').parentElement).toHaveTextContent(
      'Funds: Police Liaison',
    );
    expect(within(item('Police Liaison')).getByText('Funded by:')).toBeVisible();

    await user.click(within(filters).getByRole('checkbox', { name: 'Potential partner' }));
    await waitFor(() => expect(drawn().nodes.map((n) => n.id)).not.toContain(police));
    expect(edgeKinds()).toEqual([]);
    expect(within(list()).queryByRole('heading', { name: /^Police Liaison/ })).toBeNull();
    expect(screen.getByText(/^2 organizations,/)).toHaveTextContent(
      '2 organizations, 0 connections shown.',
    );

    await user.click(within(filters).getByRole('checkbox', { name: 'Member' }));
    expect(
      screen.getByText('No organization matches these filters. Tick more kinds of partner above.'),
    ).toBeVisible();
  }, 30_000);

  it('records what an organization named, adding new names as potential partners', async () => {
    const { core, shelter, health } = await threeAgencies(coreOnTestDay());
    const { user } = await renderApp({ path: '/partners/network', core });
    await screen.findByRole('heading', { level: 2, name: 'Partner network' });

    await user.click(screen.getByRole('button', { name: 'Ask for connections' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask for connections' });
    // Nothing chosen: each missing piece is said on its field.
    await user.click(within(dialog).getByRole('button', { name: 'Record connections' }));
    expect(
      within(dialog).getByRole('combobox', { name: /^Organization asked/ }),
    ).toHaveAccessibleDescription('Choose an organization.');
    expect(
      within(dialog).getByRole('combobox', { name: /^Organization named/ }),
    ).toHaveAccessibleDescription(/This field is required\./);

    await choose(user, dialog, /^Organization asked/, 'Shelter North (SN)');
    const first = within(dialog).getByRole('group', { name: 'Connection 1' });
    await choose(user, first, /^Organization named/, 'Community Health');
    await user.click(within(dialog).getByRole('button', { name: 'Add another connection' }));
    const second = within(dialog).getByRole('group', { name: 'Connection 2' });
    const named = within(second).getByRole('combobox', { name: /^Organization named/ });
    await waitFor(() => expect(named).toHaveFocus());
    await user.type(named, 'Mobile Crisis Team');
    await user.tab();
    expect(
      within(second).getByText('Mobile Crisis Team will be added as a potential partner.'),
    ).toBeVisible();
    await user.click(within(second).getByRole('button', { name: /How they are connected/ }));
    await user.click(await screen.findByRole('option', { name: 'Partners with' }));
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Record connections' }));

    expect(
      await screen.findByText(
        '2 connections recorded for Shelter North. New potential partner: Mobile Crisis Team.',
      ),
    ).toBeVisible();
    const crisis = await within(list()).findByRole('heading', { name: /^Mobile Crisis Team/ });
    const crisisItem = crisis.closest('li')!;
    expect(within(crisisItem).getByText('Potential partner')).toBeVisible();
    expect(within(crisisItem).getByText('Never represented at a meeting')).toBeVisible();
    expect(within(crisisItem).getByText('Partners with:').parentElement).toHaveTextContent(
      'Partners with: Shelter North',
    );
    // The organization asked is opened and highlighted, its answers in words.
    expect(within(item('Shelter North')).getByText('Highlighted in the graph')).toBeVisible();
    expect(graph.selected.at(-1)).toBe(shelter);
    expect(within(item('Shelter North')).getByText('Refers to:').parentElement).toHaveTextContent(
      'Refers to: Community Health',
    );
    const saved = await core.ok('connection.list', { organizationId: shelter });
    expect(saved.map((c) => [c.toName, c.kind, c.since])).toEqual(
      expect.arrayContaining([
        ['Community Health', 'refers_to', '2026-11-23'],
        ['Mobile Crisis Team', 'partners_with', '2026-11-23'],
      ]),
    );
    expect(saved.find((c) => c.toId === health)).toBeDefined();
  }, 30_000);

  it('makes a potential partner a member from the list, with Undo', async () => {
    const { core, police } = await threeAgencies();
    await core.ok('partner.setProfile', { organizationId: police, networkStatus: 'potential' });
    const { user } = await renderApp({ path: '/partners/network', core });
    await waitFor(() => expect(graph.views).toHaveLength(1));
    await user.click(
      within(item('Police Liaison')).getByRole('button', { name: 'Police Liaison' }),
    );
    const promote = await within(item('Police Liaison')).findByRole('button', {
      name: 'Make a member: Police Liaison',
    });
    // Only a potential partner can be made one.
    await user.click(
      within(item('Community Health')).getByRole('button', { name: 'Community Health' }),
    );
    expect(
      await within(item('Community Health')).findByRole('button', {
        name: 'Add a connection from here',
      }),
    ).toBeVisible();
    expect(
      within(item('Community Health')).queryByRole('button', { name: /^Make a member/ }),
    ).toBeNull();

    await user.click(promote);
    const toast = await screen.findByText('Police Liaison is now a member of the network.');
    await waitFor(() => expect(drawn().nodes.find((n) => n.id === police)?.status).toBe('member'));
    expect(within(item('Police Liaison')).getByText('Member')).toBeVisible();
    expect(
      within(item('Police Liaison')).queryByRole('button', { name: /^Make a member/ }),
    ).toBeNull();

    await user.click(
      within(toast.closest('[role="alertdialog"]') as HTMLElement).getByRole('button', {
        name: 'Undo',
      }),
    );
    await waitFor(() =>
      expect(drawn().nodes.find((n) => n.id === police)?.status).toBe('potential'),
    );
    expect(
      (await core.ok('partner.cadence', {})).find((p) => p.organizationId === police),
    ).toMatchObject({ networkStatus: 'potential' });
  });

  it('re-checks a connection line as it changes, leaving the other lines’ messages', async () => {
    const { core } = await threeAgencies();
    const { user } = await renderApp({ path: '/partners/network', core });
    await user.click(await screen.findByRole('button', { name: 'Ask for connections' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask for connections' });
    await choose(user, dialog, /^Organization asked/, 'Shelter North (SN)');
    const first = within(dialog).getByRole('group', { name: 'Connection 1' });
    await choose(user, first, /^Organization named/, 'Shelter North (SN)');
    await user.click(within(dialog).getByRole('button', { name: 'Add another connection' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record connections' }));

    const named = (group: string) =>
      within(within(dialog).getByRole('group', { name: group })).getByRole('combobox', {
        name: /^Organization named/,
      });
    expect(named('Connection 1')).toHaveAccessibleDescription(/itself/);
    expect(named('Connection 2')).toHaveAccessibleDescription(/This field is required\./);

    // Fixed, the first line's message goes at once; the second line's stays until it is fixed.
    await choose(user, first, /^Organization named/, 'Community Health');
    await waitFor(() => expect(named('Connection 1')).not.toHaveAccessibleDescription(/itself/));
    expect(named('Connection 1')).not.toHaveAttribute('aria-invalid', 'true');
    expect(named('Connection 2')).toHaveAccessibleDescription(/This field is required\./);
    const second = within(dialog).getByRole('group', { name: 'Connection 2' });
    await choose(user, second, /^Organization named/, 'Police Liaison');
    await waitFor(() => expect(named('Connection 2')).not.toHaveAccessibleDescription(/required/));
    await user.click(within(dialog).getByRole('button', { name: 'Record connections' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await core.ok('connection.list', {})).toHaveLength(2);
  });

  it('highlights in the graph what is chosen in the list, and opens in the list what is tapped in the graph', async () => {
    const { core, health, police } = await threeAgencies();
    const { user } = await renderApp({ path: '/partners/network', core });
    await waitFor(() => expect(graph.onSelect).not.toBeNull());

    await user.click(
      within(item('Community Health')).getByRole('button', { name: 'Community Health' }),
    );
    await waitFor(() => expect(graph.selected.at(-1)).toBe(health));
    expect(within(item('Community Health')).getByText('Highlighted in the graph')).toBeVisible();

    graph.onSelect?.(police);
    const trigger = await within(item('Police Liaison')).findByRole('button', {
      name: 'Police Liaison',
    });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(within(item('Police Liaison')).getByText('Highlighted in the graph')).toBeVisible();
    expect(within(item('Community Health')).queryByText('Highlighted in the graph')).toBeNull();
    expect(
      within(item('Police Liaison')).getByRole('link', {
        name: 'Open Police Liaison in the directory',
      }),
    ).toHaveAttribute('href', `/directory/organizations/${police}`);
  });

  it('says why a connection cannot be saved, on its fields', async () => {
    const { core } = await threeAgencies();
    const { user } = await renderApp({ path: '/partners/network', core });
    await user.click(await screen.findByRole('button', { name: 'Add a connection' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a connection' });
    await user.click(within(dialog).getByRole('button', { name: 'Add connection' }));
    expect(
      within(dialog).getByRole('combobox', { name: /^Organization/ }),
    ).toHaveAccessibleDescription('Choose an organization.');
    expect(
      within(dialog).getByRole('combobox', { name: /^Other organization/ }),
    ).toHaveAccessibleDescription('Choose an organization.');

    await choose(user, dialog, /^Organization/, 'Community Health');
    await choose(user, dialog, /^Other organization/, 'Community Health');
    await user.click(within(dialog).getByRole('button', { name: 'Add connection' }));
    expect(
      within(dialog).getByRole('combobox', { name: /^Other organization/ }),
    ).toHaveAccessibleDescription(/itself/);
    expect(await core.ok('connection.list', {})).toEqual([]);
  });

  it('exports the graph as PNG and SVG, and falls back to the list where it cannot draw', async () => {
    const { core } = await threeAgencies(coreOnTestDay());
    const { user, unmount } = await renderApp({ path: '/partners/network', core });
    const files: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      files.push(this.download);
    });
    const png = await screen.findByRole('button', { name: 'Export as PNG' });
    await waitFor(() => expect(png).toBeEnabled());
    await user.click(png);
    await user.click(screen.getByRole('button', { name: 'Export as SVG' }));
    await waitFor(() =>
      expect(files).toEqual(['partner-network-2026-11-23.png', 'partner-network-2026-11-23.svg']),
    );
    expect(graph.exported).toEqual(['png', 'svg']);
    click.mockRestore();
    unmount();

    graph.fail = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await renderApp({ path: '/partners/network', core });
    expect(
      await screen.findByText(
        'The graph cannot be drawn here. The list below has every organization and connection.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export as PNG' })).toBeDisabled();
    expect(item('Police Liaison')).toBeVisible();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('sends an empty directory to the directory', async () => {
    const { container } = await renderApp({ path: '/partners/network' });
    expect(await screen.findByText(/No organizations in the directory yet\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the directory' })).toHaveAttribute(
      'href',
      '/directory/organizations',
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
