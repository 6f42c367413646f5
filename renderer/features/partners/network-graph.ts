/*
 * The network drawn with cytoscape. This module is only ever loaded with a dynamic import (see
 * NetworkGraph.tsx), so cytoscape stays out of the main bundle until someone opens the network.
 */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type StylesheetJson,
} from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import type { ConnectionKind } from '../../../shared/contract';
import { EXPORT_MARGIN, padPng, padSvg } from './network-export';
import { KIND_LOOK } from './network-look';
import { DIRECTED_KINDS, type GraphView } from './network-view';

declare module 'cytoscape' {
  interface Core {
    /** From cytoscape-svg: the graph as SVG text. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}

export type GraphLayout = 'cose' | 'concentric';

export interface NetworkGraphHandle {
  /** Draws these organizations and connections; a new layout only when they changed. */
  show(view: GraphView): void;
  /** Emphasises one organization and its neighbours; null shows all alike. */
  select(id: string | null): void;
  zoomBy(factor: number): void;
  fit(): void;
  arrange(layout: GraphLayout): void;
  png(): Promise<Uint8Array<ArrayBuffer>>;
  svg(): string;
  destroy(): void;
}

export interface DrawOptions {
  view: GraphView;
  layout: GraphLayout;
  /** A tap on an organization (its id) or on the background (null). */
  onSelect: (id: string | null) => void;
}

/*
 * Cytoscape adds `.__________cytoscape_container { position: relative }` as an inline <style>
 * unless an element with this id already exists. The app's CSP refuses inline styles, so the rule
 * lives in network.css and this marker tells cytoscape it is already there.
 */
const STYLESHEET_ID = '__________cytoscape_stylesheet';

function markStylesheetPresent(document: Document) {
  if (document.getElementById(STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = STYLESHEET_ID;
  document.head.append(marker);
}

let registered = false;
function register() {
  if (registered) return;
  cytoscape.use(cytoscapeSvg);
  registered = true;
}

/* The graph is drawn on white in every theme (like the exported image), so its colours are for white. */
const INK = '#16191d';

const MAX_FIT_ZOOM = 1.5;

/** A PNG is drawn at twice the size, sharp on a projector or in print. */
const PNG_SCALE = 2;

/* Unquoted: cytoscape refuses a font-family value with quotes in it (and then uses its default). */
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif';

/*
 * Fitted to a network of a few dozen organizations, the zoom is about 0.6: these sizes still read
 * at 11 px and more there. Below the minimum (zoomed far out) a label is left out rather than
 * drawn as an unreadable smudge; zooming in brings it back.
 */
const NODE_FONT = 19;
const EDGE_FONT = 15;
const MIN_ZOOMED_FONT = 7;

function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': NODE_FONT,
        'min-zoomed-font-size': MIN_ZOOMED_FONT,
        color: INK,
        'text-valign': 'bottom',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': '170px',
        // An outline rather than a box: an arrow coming in from below stays visible.
        'text-outline-color': '#ffffff',
        'text-outline-width': 3,
        width: 30,
        height: 30,
        'border-width': 2,
        'border-color': INK,
      },
    },
    // Members are circles; potential partners are diamonds, lighter, still outlined.
    {
      selector: 'node.member',
      style: { shape: 'ellipse', 'background-color': '#8cb8e6' },
    },
    {
      selector: 'node.potential',
      style: { shape: 'diamond', 'background-color': '#f4f6f8', width: 34, height: 34 },
    },
    // Never represented at a meeting: a thick dashed outline, and words under the label.
    {
      selector: 'node.never',
      style: { 'border-style': 'dashed', 'border-width': 4, 'border-color': '#a3151a' },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': EDGE_FONT,
        'min-zoomed-font-size': MIN_ZOOMED_FONT,
        color: INK,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'arrow-scale': 1.3,
      },
    },
    ...Object.entries(KIND_LOOK).map(([kind, look]) => ({
      selector: `edge.${kind}`,
      style: {
        'line-color': look.colour,
        'target-arrow-color': look.colour,
        width: look.width,
        ...(look.dash
          ? { 'line-style': 'dashed' as const, 'line-dash-pattern': [...look.dash] }
          : { 'line-style': 'solid' as const }),
        'target-arrow-shape': DIRECTED_KINDS.has(kind as ConnectionKind)
          ? kind === 'receives_referrals_from'
            ? 'vee'
            : 'triangle'
          : 'none',
      },
    })),
    { selector: '.faded', style: { opacity: 0.25 } },
    // Filtered out: hidden where it stands, so that the others do not move.
    { selector: '.hidden', style: { display: 'none' } },
    {
      selector: 'node.chosen',
      style: {
        'border-width': 6,
        'border-color': '#b3005a',
        'font-weight': 'bold',
        'underlay-color': '#b3005a',
        'underlay-opacity': 0.2,
        'underlay-padding': 8,
      },
    },
  ];
}

function elementsOf(view: GraphView): ElementDefinition[] {
  return [
    ...view.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, label: node.label },
      classes: [node.status, node.neverRepresented ? 'never' : ''].filter(Boolean),
    })),
    ...view.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label },
      classes: [edge.kind],
    })),
  ];
}

function layoutOptions(layout: GraphLayout): LayoutOptions {
  if (layout === 'concentric') {
    return {
      name: 'concentric',
      animate: false,
      padding: 40,
      minNodeSpacing: 50,
      // Three rings: the most connected in the middle, then the others with connections, then
      // those with none. (A ring per number of connections would line single nodes up.)
      concentric: (node) => {
        const degree = node.degree(false);
        if (degree === 0) return 0;
        return degree >= node.cy().nodes().maxDegree(false) ? 2 : 1;
      },
      levelWidth: () => 1,
      nodeDimensionsIncludeLabels: true,
    };
  }
  return {
    name: 'cose',
    animate: false,
    padding: 40,
    // Always start from the same positions, so the same network looks the same each time.
    randomize: false,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 90,
    nodeRepulsion: () => 9_000,
    componentSpacing: 60,
  };
}

export function drawNetwork(container: HTMLElement, options: DrawOptions): NetworkGraphHandle {
  register();
  markStylesheetPresent(container.ownerDocument);
  let layout = options.layout;
  let chosen: string | null = null;
  const cy: Core = cytoscape({
    container,
    elements: elementsOf(options.view),
    style: stylesheet(),
    layout: layoutOptions(layout),
    // Selection is the app's (list and graph together), not cytoscape's own.
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: 0.2,
    maxZoom: 4,
  });

  cy.on('tap', 'node', (event) => options.onSelect(String(event.target.id())));
  cy.on('tap', (event) => {
    if (event.target === cy) options.onSelect(null);
  });

  const emphasise = () => {
    cy.batch(() => {
      cy.elements().removeClass('faded chosen');
      if (chosen === null) return;
      const node = cy.getElementById(chosen);
      if (node.empty()) return;
      node.addClass('chosen');
      cy.elements().not(node.closedNeighborhood()).addClass('faded');
    });
  };

  /** The whole network in view, but a small one no larger than life: big shapes read as a glitch. */
  const fitAll = () => {
    cy.fit(cy.elements(':visible'), 40);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  };

  let layouts = 0;
  const arrange = () => {
    cy.layout(layoutOptions(layout)).run();
    // Counted where a test can see that filtering did not move everything again.
    container.dataset.layouts = String((layouts += 1));
    fitAll();
  };

  /** Exports show the whole network evenly: the emphasis is a way of reading it on screen. */
  const plain = <T>(render: () => T): T => {
    cy.elements().removeClass('faded chosen');
    try {
      return render();
    } finally {
      emphasise();
    }
  };

  return {
    show(view) {
      // A filter hides and shows what is already placed; only new organizations call for a layout.
      const shown = new Set<string>();
      let newNodes = false;
      cy.batch(() => {
        for (const definition of elementsOf(view)) {
          const { id = '', source, target, label } = definition.data;
          shown.add(id);
          const existing = cy.getElementById(id);
          const same =
            existing.nonempty() &&
            (definition.group === 'nodes' ||
              (existing.data('source') === source && existing.data('target') === target));
          if (same) {
            existing.data('label', label);
            existing.classes(definition.classes ?? []);
          } else {
            existing.remove();
            cy.add(definition);
            if (definition.group === 'nodes') newNodes = true;
          }
        }
        cy.elements().forEach((element) => {
          element.toggleClass('hidden', !shown.has(element.id()));
        });
      });
      if (newNodes) arrange();
      emphasise();
    },
    select(id) {
      chosen = id;
      emphasise();
      if (id === null) return;
      const node = cy.getElementById(id);
      if (node.empty()) return;
      // Bring it into view only when it is outside: the picture should not jump at every choice.
      const box = node.renderedBoundingBox({});
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(node);
    },
    zoomBy(factor) {
      cy.zoom({
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    },
    fit: fitAll,
    arrange(next) {
      layout = next;
      arrange();
    },
    // Each with a white margin (see network-export.ts), twice as wide in a PNG twice the size.
    async png() {
      const blob = await plain(() =>
        cy.png({ output: 'blob-promise', full: true, scale: PNG_SCALE, bg: 'white' }),
      );
      const padded = await padPng(blob, EXPORT_MARGIN * PNG_SCALE);
      return new Uint8Array(await padded.arrayBuffer());
    },
    svg() {
      return padSvg(plain(() => cy.svg({ full: true, scale: 1, bg: 'white' })));
    },
    destroy() {
      cy.destroy();
    },
  };
}
