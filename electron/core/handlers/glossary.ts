import type { glossaryContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';

const todo = () => {
  throw new AppError('unavailable', 'Not built yet');
};

export const glossaryHandlers: HandlersFor<
  Omit<
    typeof glossaryContract,
    | 'glossary.import'
    | 'glossary.export'
    | 'glossary.starterStatus'
    | 'glossary.addStarter'
    | 'glossary.removeStarter'
    | 'glossary.declineStarter'
  >
> = {
  'glossary.list': todo,
  'glossary.get': todo,
  'glossary.add': todo,
  'glossary.update': todo,
  'glossary.delete': todo,
  'glossary.undelete': todo,
  'glossary.merge': todo,
  'glossary.unmerge': todo,
  'glossary.index': todo,
  'glossary.ignoreAcronym': todo,
};
