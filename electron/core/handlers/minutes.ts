import type { notesContract } from '../../../shared/contract';
import type { HandlersFor } from '../context';
import { buildMinutes } from '../minutes/build';
import { exportMinutes } from '../minutes/export';

/**
 * Minutes are read-only views of the meeting: nothing is written, so no `data.changed`. The model
 * is built synchronously from one snapshot of the database; only rendering (DOCX packing, PDF
 * printing) is awaited, after every read is done.
 */
export const minutesHandlers: HandlersFor<
  Pick<typeof notesContract, 'minutes.get' | 'minutes.export'>
> = {
  'minutes.get': (request, ctx) => buildMinutes(ctx, request),
  'minutes.export': async ({ format, ...request }, ctx) =>
    exportMinutes(buildMinutes(ctx, request), format, ctx.printToPdf),
};
