/**
 * The personal cards as HTML: a fragment, `<section class="networking-cards">`, that the app's
 * print view injects (browser mode prints it with the stylesheet below), and the standalone page
 * around it that the core exports and prints to PDF. Every piece of text is escaped and the markup
 * carries no ids, inline styles or scripts, so it is safe to inject.
 */
import type { Language, NetworkingSession } from '../contract';
import { formatLongDate } from '../minutes/labels';
import { escapeHtml } from '../minutes/rich-text-html';
import { networkingCards, type CardRound, type NetworkingCard } from './cards';
import { networkingLabels, type NetworkingLabels } from './labels';
import { networkingCardsStylesheet } from './stylesheet';

export { networkingCardsStylesheet };

const e = escapeHtml;

export interface CardsInput {
  session: NetworkingSession;
  /** The meeting's calendar day, `YYYY-MM-DD`. */
  date: string;
  language: Language;
}

export interface CardsHtmlOptions {
  /**
   * The level of the page's title; each card's name is one level below. A page that shows the
   * cards under its own h1 (the app's print view) passes 2.
   */
  titleLevel?: 1 | 2;
}

function roundRow(entry: CardRound, labels: NetworkingLabels): string {
  const round = `<th scope="row" class="nw-round">${entry.round}</th>`;
  if (entry.table === null) {
    return (
      `<tr>${round}<td class="nw-table"><span aria-hidden="true">–</span></td>` +
      `<td class="nw-out">${e(labels.sittingOut)}</td></tr>`
    );
  }
  const partners = entry.partners
    .map((p) => {
      const agency = p.agency.trim() === '' ? '' : ` — ${e(p.agency)}`;
      return `<li><span class="nw-partner-name">${e(p.name)}</span>${agency}</li>`;
    })
    .join('');
  return (
    `<tr>${round}<td class="nw-table">${entry.table}</td>` +
    `<td><ul class="nw-partners">${partners}</ul></td></tr>`
  );
}

function card(
  entry: NetworkingCard,
  event: string,
  labels: NetworkingLabels,
  level: number,
): string {
  const agency = entry.agency.trim() === '' ? labels.noAgency : entry.agency;
  const host =
    entry.hostTable === null
      ? ''
      : `<p class="nw-card-host">${e(labels.hostStays(entry.hostTable))}</p>`;
  const rows = entry.rounds.map((round) => roundRow(round, labels)).join('');
  return (
    `<article class="nw-card">` +
    `<header class="nw-card-header">` +
    `<p class="nw-card-event">${e(event)}</p>` +
    `<h${level} class="nw-card-name">${e(entry.name)}</h${level}>` +
    `<p class="nw-card-agency">${e(agency)}</p>` +
    host +
    `</header>` +
    `<table class="nw-rounds"><thead><tr>` +
    `<th scope="col" class="nw-round">${e(labels.round)}</th>` +
    `<th scope="col" class="nw-table">${e(labels.table)}</th>` +
    `<th scope="col">${e(labels.youMeet)}</th>` +
    `</tr></thead><tbody>${rows}</tbody></table>` +
    `</article>`
  );
}

/** "Fall partners' networking — Monday, November 23, 2026". */
function eventLine({ session, date, language }: CardsInput): string {
  return `${session.meetingTitle} — ${formatLongDate(date, language)}`;
}

/** Every participant's card, alphabetically, as one `<section>` fragment. */
export function renderNetworkingCardsHtml(input: CardsInput, options: CardsHtmlOptions = {}) {
  const labels = networkingLabels(input.language);
  const level = options.titleLevel ?? 1;
  const event = eventLine(input);
  const cards = networkingCards(input.session, input.language);
  const body =
    cards.length === 0
      ? `<p class="nw-cards-empty">${e(labels.noCards)}</p>`
      : cards.map((entry) => card(entry, event, labels, level + 1)).join('');
  return (
    `<section class="networking-cards" lang="${input.language}">` +
    `<h${level} class="nw-cards-title">${e(`${labels.cardsTitle} — ${input.session.meetingTitle}`)}</h${level}>` +
    `<p class="nw-cards-hint">${e(labels.cardsHint)}</p>` +
    body +
    `</section>`
  );
}

/**
 * A complete page holding the cards: the HTML export, and what is printed to PDF. Its CSP lets
 * nothing load or run (only its own <style>).
 */
export function renderNetworkingCardsDocument(input: CardsInput): string {
  const labels = networkingLabels(input.language);
  const title = `${labels.cardsTitle} — ${eventLine(input)}`;
  return (
    `<!doctype html>\n<html lang="${input.language}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${e(title)}</title>\n<style>\n${networkingCardsStylesheet}\n</style>\n</head>\n<body>\n` +
    `${renderNetworkingCardsHtml(input)}\n</body>\n</html>\n`
  );
}
