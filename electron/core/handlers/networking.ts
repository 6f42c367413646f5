import type { networkingContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';

const todo = () => {
  throw new AppError('unavailable', 'Not built yet');
};

/** Speed-networking setup: participants, format, rules and the plan. */
export const networkingHandlers: HandlersFor<
  Pick<
    typeof networkingContract,
    | 'networking.get'
    | 'networking.setFormat'
    | 'networking.addParticipant'
    | 'networking.updateParticipant'
    | 'networking.removeParticipant'
    | 'networking.importCsv'
    | 'networking.setKeepApart'
    | 'networking.plan'
  >
> = {
  'networking.get': todo,
  'networking.setFormat': todo,
  'networking.addParticipant': todo,
  'networking.updateParticipant': todo,
  'networking.removeParticipant': todo,
  'networking.importCsv': todo,
  'networking.setKeepApart': todo,
  'networking.plan': todo,
};
