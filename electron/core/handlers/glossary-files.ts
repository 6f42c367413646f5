import type { glossaryContract } from '../../../shared/contract';
import type { HandlersFor } from '../context';
import { exportGlossary } from '../glossary/export';
import { importGlossary } from '../glossary/import';
import { addStarter, declineStarter, removeStarter, starterStatus } from '../glossary/starter';
import { writer } from './write';

const write = writer('glossary');

/** Import and export (CSV, TBX-Basic) and the starter glossary. */
export const glossaryFileHandlers: HandlersFor<
  Pick<
    typeof glossaryContract,
    | 'glossary.import'
    | 'glossary.export'
    | 'glossary.starterStatus'
    | 'glossary.addStarter'
    | 'glossary.removeStarter'
    | 'glossary.declineStarter'
  >
> = {
  // All or nothing: any refusal rolls back every row. A dry run writes nothing and tells nobody.
  'glossary.import': (input, ctx) =>
    input.dryRun ? importGlossary(ctx, input) : write(ctx, () => importGlossary(ctx, input)),

  'glossary.export': ({ format }, ctx) => exportGlossary(ctx, format),

  'glossary.starterStatus': (_input, ctx) => starterStatus(ctx),

  'glossary.addStarter': (_input, ctx) =>
    write(ctx, () => {
      addStarter(ctx);
      return starterStatus(ctx);
    }),

  'glossary.removeStarter': (_input, ctx) =>
    write(ctx, () => ({ ...removeStarter(ctx), ...starterStatus(ctx) })),

  'glossary.declineStarter': (_input, ctx) =>
    write(ctx, () => {
      declineStarter(ctx);
      return starterStatus(ctx);
    }),
};
