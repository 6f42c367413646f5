import { zoneName } from './format-meeting';

/**
 * The zones Canadian agencies meet in, east to west. The laptop's own zone and the value being
 * edited are added when they are elsewhere, so the list always holds what is chosen.
 */
const CANADIAN_ZONES = [
  'America/St_Johns',
  'America/Halifax',
  'America/Moncton',
  'America/Toronto',
  'America/Winnipeg',
  'America/Regina',
  'America/Edmonton',
  'America/Vancouver',
  'America/Whitehorse',
  'America/Iqaluit',
  'America/Yellowknife',
];

/** The laptop's zone: what a new meeting defaults to. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function timeZoneOptions(locale: string, current: string): { id: string; label: string }[] {
  const zones = [...new Set([localTimeZone(), current, ...CANADIAN_ZONES])].filter(Boolean);
  const city = (zone: string) => zone.split('/').at(-1)?.replace(/_/g, ' ') ?? zone;
  return zones.map((zone) => ({ id: zone, label: `${zoneName(zone, locale)} — ${city(zone)}` }));
}
