import { describe, expect, it } from 'vitest';
import type { Connection, NetworkGraph, NetworkNode } from '../../../../shared/contract';
import {
  connectionsOf,
  filterNetwork,
  graphViewOf,
  relationOf,
} from '../../../../renderer/features/partners/network-view';

const node = (id: string, name: string, extra: Partial<NetworkNode> = {}): NetworkNode => ({
  id,
  name,
  shortName: '',
  networkStatus: 'member',
  everRepresented: true,
  lastAttended: null,
  ...extra,
});

const names: Record<string, string> = { a: 'Alpha', b: 'Bravo', c: 'Charlie' };
const edge = (id: string, fromId: string, toId: string, kind: Connection['kind']): Connection => ({
  id,
  fromId,
  fromName: names[fromId]!,
  toId,
  toName: names[toId]!,
  kind,
  note: '',
  since: null,
  createdAt: 0,
});

const network: NetworkGraph = {
  nodes: [
    node('a', 'Alpha', { shortName: 'A' }),
    node('b', 'Bravo'),
    node('c', 'Charlie', { networkStatus: 'potential', everRepresented: false }),
  ],
  edges: [
    edge('1', 'a', 'b', 'refers_to'),
    edge('2', 'c', 'a', 'receives_referrals_from'),
    edge('3', 'b', 'c', 'funds'),
    edge('4', 'a', 'c', 'partners_with'),
  ],
};

const collator = new Intl.Collator('en');

describe('network view', () => {
  it('reads each connection from either side, one referral the same whichever way it was recorded', () => {
    expect(relationOf(network.edges[0]!, 'a')).toBe('refersTo');
    expect(relationOf(network.edges[0]!, 'b')).toBe('receivesReferralsFrom');
    expect(relationOf(network.edges[1]!, 'c')).toBe('receivesReferralsFrom');
    expect(relationOf(network.edges[1]!, 'a')).toBe('refersTo');
    expect(relationOf(network.edges[2]!, 'c')).toBe('fundedBy');
    expect(relationOf(network.edges[3]!, 'c')).toBe('partnersWith');

    expect(
      connectionsOf('a', network.edges, collator).map((g) => [
        g.relation,
        g.related.map((r) => r.otherName),
      ]),
    ).toEqual([
      ['refersTo', ['Bravo', 'Charlie']],
      ['partnersWith', ['Charlie']],
    ]);
  });

  it('keeps a connection only when its kind is ticked and both organizations are shown', () => {
    const members = filterNetwork(network, {
      kinds: ['refers_to', 'funds', 'partners_with', 'receives_referrals_from', 'co_located'],
      statuses: ['member'],
    });
    expect(members.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(members.edges.map((e) => e.id)).toEqual(['1']);
    const funding = filterNetwork(network, { kinds: ['funds'], statuses: ['member', 'potential'] });
    expect(funding.nodes).toHaveLength(3);
    expect(funding.edges.map((e) => e.id)).toEqual(['3']);
  });

  it('labels nodes by short name, marking those never represented in words', () => {
    const view = graphViewOf(network, { neverMarker: '(never attended)', kind: (k) => k });
    expect(view.nodes.map((n) => [n.label, n.status, n.neverRepresented])).toEqual([
      ['A', 'member', false],
      ['Bravo', 'member', false],
      ['Charlie\n(never attended)', 'potential', true],
    ]);
    expect(view.edges[0]).toEqual({
      id: '1',
      source: 'a',
      target: 'b',
      kind: 'refers_to',
      label: 'refers_to',
    });
  });
});
