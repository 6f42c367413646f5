import type { ConnectionKind } from '../../../shared/contract';

/**
 * How each kind of connection is drawn, in the graph (network-graph.ts) and in its legend alike.
 * Colours are chosen for white; each kind also differs by pattern or width, and the line carries
 * its name, so the colour is never the only difference. Cytoscape draws solid, dashed (with this
 * dash pattern) or dotted lines: there is no double line, so "partners with" is a thick one.
 */
export const KIND_LOOK: Record<
  ConnectionKind,
  { colour: string; width: number; dash?: readonly number[] }
> = {
  refers_to: { colour: '#0a58a8', width: 2.5 },
  receives_referrals_from: { colour: '#5b3a9e', width: 2.5, dash: [10, 5] },
  partners_with: { colour: '#1b6b2f', width: 6 },
  funds: { colour: '#8a4b00', width: 3, dash: [2, 4] },
  co_located: { colour: '#4a5058', width: 2.5, dash: [14, 4, 3, 4] },
};
