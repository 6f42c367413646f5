import type { networkingContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';

const todo = () => {
  throw new AppError('unavailable', 'Not built yet');
};

/** Running a speed-networking event: the round timer and live changes. */
export const networkingRunHandlers: HandlersFor<
  Pick<
    typeof networkingContract,
    | 'networking.start'
    | 'networking.advance'
    | 'networking.pause'
    | 'networking.resume'
    | 'networking.extend'
    | 'networking.arrive'
    | 'networking.depart'
    | 'networking.undoChange'
    | 'networking.finish'
  >
> = {
  'networking.start': todo,
  'networking.advance': todo,
  'networking.pause': todo,
  'networking.resume': todo,
  'networking.extend': todo,
  'networking.arrive': todo,
  'networking.depart': todo,
  'networking.undoChange': todo,
  'networking.finish': todo,
};
