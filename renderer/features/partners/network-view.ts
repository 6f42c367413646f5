import {
  ConnectionKind,
  NetworkStatus,
  type Connection,
  type NetworkGraph,
  type NetworkNode,
} from '../../../shared/contract';

/** What the network view shows: the kinds of connection and the partners ticked in its filters. */
export interface NetworkFilter {
  kinds: readonly ConnectionKind[];
  statuses: readonly NetworkStatus[];
}

export const ALL_SHOWN: NetworkFilter = {
  kinds: ConnectionKind.options,
  statuses: NetworkStatus.options,
};

/**
 * The organizations and connections the filter keeps. A connection shows only when both of its
 * organizations do, so the graph and the list never point at someone filtered out.
 */
export function filterNetwork(graph: NetworkGraph, filter: NetworkFilter): NetworkGraph {
  const nodes = graph.nodes.filter((node) => filter.statuses.includes(node.networkStatus));
  const shown = new Set(nodes.map((node) => node.id));
  const edges = graph.edges.filter(
    (edge) => filter.kinds.includes(edge.kind) && shown.has(edge.fromId) && shown.has(edge.toId),
  );
  return { nodes, edges };
}

/**
 * A connection as one organization sees it. "A refers to B" and "B receives referrals from A"
 * say the same thing, so both read "Refers to: B" on A and "Receives referrals from: A" on B.
 */
export const RELATIONS = [
  'refersTo',
  'receivesReferralsFrom',
  'partnersWith',
  'funds',
  'fundedBy',
  'coLocatedWith',
] as const;
export type Relation = (typeof RELATIONS)[number];

export function relationOf(connection: Connection, organizationId: string): Relation {
  const outgoing = connection.fromId === organizationId;
  switch (connection.kind) {
    case 'refers_to':
      return outgoing ? 'refersTo' : 'receivesReferralsFrom';
    case 'receives_referrals_from':
      return outgoing ? 'receivesReferralsFrom' : 'refersTo';
    case 'funds':
      return outgoing ? 'funds' : 'fundedBy';
    case 'partners_with':
      return 'partnersWith';
    case 'co_located':
      return 'coLocatedWith';
  }
}

export interface RelatedOrganization {
  connection: Connection;
  otherId: string;
  otherName: string;
}

export interface RelationGroup {
  relation: Relation;
  related: RelatedOrganization[];
}

/** An organization's connections grouped by what they mean for it, in a fixed order, by name. */
export function connectionsOf(
  organizationId: string,
  edges: readonly Connection[],
  collator: Intl.Collator,
): RelationGroup[] {
  const groups = new Map<Relation, RelatedOrganization[]>();
  for (const connection of edges) {
    if (connection.fromId !== organizationId && connection.toId !== organizationId) continue;
    const outgoing = connection.fromId === organizationId;
    const relation = relationOf(connection, organizationId);
    const related = groups.get(relation) ?? [];
    related.push({
      connection,
      otherId: outgoing ? connection.toId : connection.fromId,
      otherName: outgoing ? connection.toName : connection.fromName,
    });
    groups.set(relation, related);
  }
  return RELATIONS.flatMap((relation) => {
    const related = groups.get(relation);
    if (!related) return [];
    related.sort((a, b) => collator.compare(a.otherName, b.otherName));
    return [{ relation, related }];
  });
}

/** The graph's label for an organization: its short name when it has one, else its name. */
export const nodeLabel = (node: Pick<NetworkNode, 'name' | 'shortName'>) =>
  node.shortName.trim() || node.name;

/* ------------------------------------------------------------------ what the graph draws */

/** One organization as the graph draws it (the graph module turns these into its own elements). */
export interface GraphNode {
  id: string;
  label: string;
  status: NetworkStatus;
  neverRepresented: boolean;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: ConnectionKind;
  label: string;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Kinds read one way: the arrow points from the organization that refers, funds… */
export const DIRECTED_KINDS: ReadonlySet<ConnectionKind> = new Set([
  'refers_to',
  'receives_referrals_from',
  'funds',
]);

export interface GraphWords {
  /** Added under the label of an organization never represented at a meeting. */
  neverMarker: string;
  kind: (kind: ConnectionKind) => string;
}

export function graphViewOf(network: NetworkGraph, words: GraphWords): GraphView {
  return {
    nodes: network.nodes.map((node) => ({
      id: node.id,
      label: node.everRepresented ? nodeLabel(node) : `${nodeLabel(node)}\n${words.neverMarker}`,
      status: node.networkStatus,
      neverRepresented: !node.everRepresented,
    })),
    edges: network.edges.map((edge) => ({
      id: edge.id,
      source: edge.fromId,
      target: edge.toId,
      kind: edge.kind,
      label: words.kind(edge.kind),
    })),
  };
}

/** Two views that draw the same thing have the same signature: no new layout is needed. */
export const viewSignature = (view: GraphView) => JSON.stringify(view);
