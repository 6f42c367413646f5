import type { networkingContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';

const todo = () => {
  throw new AppError('unavailable', 'Not built yet');
};

/** After (or for) the event: contacts summary, the plan as CSV, personal cards. */
export const networkingExportHandlers: HandlersFor<
  Pick<typeof networkingContract, 'networking.summary' | 'networking.export'>
> = {
  'networking.summary': todo,
  'networking.export': todo,
};
