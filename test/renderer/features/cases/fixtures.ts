import axe from 'axe-core';
import type { TestCore } from '../../../helpers/core';

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
export async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Three agencies of the table, and a case led by the shelter with the other two involved. */
export async function seedCase(core: TestCore) {
  const shelter = await core.ok('org.create', { name: 'Shelter North', shortName: 'SN' });
  const health = await core.ok('org.create', { name: 'Community Health' });
  const police = await core.ok('org.create', { name: 'Police Liaison' });
  const kase = await core.ok('case.create', {
    code: 'CC-2026-014',
    initials: 'J.T.',
    leadOrganizationId: shelter.id,
    agencyIds: [health.id, police.id],
    nextReviewDate: '2026-11-20',
  });
  return { shelter, health, police, kase };
}
