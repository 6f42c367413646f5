import { partnersContract } from '../../../shared/contract';
import { notBuilt } from './not-built';

export const partnerHandlers = notBuilt(partnersContract);
