/* cytoscape-svg ships no types. It registers `cy.svg()` (typed in network-graph.ts). */
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';

  const register: Ext;
  export default register;
}
