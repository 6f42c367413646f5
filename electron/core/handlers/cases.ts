import { casesContract } from '../../../shared/contract';
import { notBuilt } from './not-built';

export const caseHandlers = notBuilt(casesContract);
