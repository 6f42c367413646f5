import type { TFunction } from 'i18next';
import type { NetworkingSession } from '../../../shared/contract';

type Plan = NonNullable<NetworkingSession['plan']>;

/** How good the plan is, in words: repeats first (what people notice), then broken rules. */
export function planQuality(plan: Plan, session: NetworkingSession, t: TFunction): string[] {
  const rounds = plan.rounds.length;
  const lines: string[] = [];
  if (plan.repeats === 0) {
    lines.push(
      session.format.useHistory && session.historyPairs > 0
        ? t('networking.plan.noRepeatsWithHistory')
        : t('networking.plan.noRepeats'),
    );
  } else if (session.advice.reason !== 'too_few' && rounds > session.advice.rounds) {
    lines.push(t('networking.plan.repeatsTooSmall', { count: plan.repeats, rounds }));
  } else if (session.format.useHistory && session.historyPairs > 0) {
    lines.push(t('networking.plan.repeatsHistory', { count: plan.repeats }));
  } else {
    lines.push(t('networking.plan.repeatsRules', { count: plan.repeats }));
  }
  const hasRules = session.format.separateSameOrg || session.keepApart.length > 0;
  if (plan.violations > 0) {
    lines.push(t('networking.plan.violations', { count: plan.violations }));
  } else if (hasRules) {
    lines.push(t('networking.plan.rulesKept'));
  }
  return lines;
}
