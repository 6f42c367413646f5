import type { glossaryContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';

const todo = () => {
  throw new AppError('unavailable', 'Not built yet');
};

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
  'glossary.import': todo,
  'glossary.export': todo,
  'glossary.starterStatus': todo,
  'glossary.addStarter': todo,
  'glossary.removeStarter': todo,
  'glossary.declineStarter': todo,
};
