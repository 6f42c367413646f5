/**
 * The minutes as one HTML fragment, `<article class="minutes">`: the core wraps it into the
 * standalone HTML export and the page it prints to PDF, and the app's preview injects it as is.
 * Every piece of text is escaped and the markup carries no ids, inline styles or scripts, so
 * it is safe to inject and cannot clash with the page around it. `minutesStylesheet` styles it.
 */
import type { Minutes } from '../contract';
import { formatGeneratedAt, minutesLabels, type MinutesLabels } from './labels';
import {
  actionDetails,
  actionTableCells,
  attendanceSections,
  groupName,
  headerFacts,
  nextMeetingText,
  noActionsText,
  nothingToReviewText,
  reviewedActionLine,
  termEntry,
  type MinutesAction,
  type MinutesItem,
} from './parts';
import { escapeHtml, richTextToHtml, type TaskWords } from './rich-text-html';

import { minutesStylesheet } from './stylesheet';

export { minutesStylesheet };

const e = escapeHtml;

function header(minutes: Minutes, labels: MinutesLabels): string {
  const facts = headerFacts(minutes)
    .map((fact) => `<div class="fact"><dt>${e(fact.label)}</dt><dd>${e(fact.value)}</dd></div>`)
    .join('');
  return (
    `<header class="minutes-header">` +
    `<p class="minutes-kind">${e(labels.documentKind)}</p>` +
    `<h1 class="minutes-h1">${e(minutes.meeting.title)}</h1>` +
    `<dl class="minutes-facts">${facts}</dl>` +
    `</header>`
  );
}

function withheld(minutes: Minutes, labels: MinutesLabels): string {
  const sentence = labels.withheld(minutes.withheld);
  return sentence ? `<p class="minutes-withheld" role="note">${e(sentence)}</p>` : '';
}

function attendance(minutes: Minutes, labels: MinutesLabels): string {
  const sections = attendanceSections(minutes);
  if (sections.length === 0) return '';
  const body = sections
    .map((section) => {
      const groups = section.groups
        .map((group) => {
          const people =
            group.people.length > 0 ? `${e(labels.colon)} ${e(group.people.join(', '))}` : '';
          return `<li><span class="agency">${e(groupName(group, labels))}</span>${people}</li>`;
        })
        .join('');
      return `<div class="attendance-group"><h3 class="minutes-h3">${e(section.label)}</h3><ul>${groups}</ul></div>`;
    })
    .join('');
  return (
    `<section class="minutes-attendance"><h2 class="minutes-h2">${e(labels.attendance)}</h2>` +
    `<div class="attendance-columns">${body}</div></section>`
  );
}

function notes(doc: Minutes['generalNotes'], words: TaskWords): string {
  const html = richTextToHtml(doc, words);
  return html ? `<div class="notes">${html}</div>` : '';
}

function decisionList(decisions: readonly string[], labels: MinutesLabels): string {
  if (decisions.length === 0) return '';
  const items = decisions
    .map(
      (text) =>
        `<li class="decision"><span class="mark" aria-hidden="true">◆</span> ` +
        `<strong>${e(labels.decision + labels.colon)}</strong> ${e(text)}</li>`,
    )
    .join('');
  return `<ul class="decisions">${items}</ul>`;
}

function actionList(actions: readonly MinutesAction[], minutes: Minutes, labels: MinutesLabels) {
  if (actions.length === 0) return '';
  const items = actions
    .map((action) => {
      const details = actionDetails(action, minutes);
      return (
        `<li class="action"><span class="mark" aria-hidden="true">➜</span> ` +
        `<strong>${e(labels.action + labels.colon)}</strong> ${e(action.description)}` +
        (details ? ` <span class="action-details">— ${e(details)}</span>` : '') +
        `</li>`
      );
    })
    .join('');
  return `<ul class="actions">${items}</ul>`;
}

/** The review item's list: the outcome in words first, never by colour or symbol alone. */
function reviewedList(entry: MinutesItem, minutes: Minutes, labels: MinutesLabels): string {
  if (entry.reviewedActions === null) return '';
  if (entry.reviewedActions.length === 0) {
    const nothing = nothingToReviewText(minutes);
    return nothing ? `<p class="nothing-to-review">${e(nothing)}</p>` : '';
  }
  const items = entry.reviewedActions
    .map((action) => {
      const line = reviewedActionLine(action, minutes);
      return (
        `<li class="reviewed-action"><strong class="outcome">${e(line.outcome)}</strong> — ` +
        `${e(line.description)} <span class="action-details">— ${e(line.details)}</span></li>`
      );
    })
    .join('');
  return (
    `<h3 class="minutes-h3">${e(labels.reviewedActions)}</h3>` +
    `<ul class="reviewed-actions">${items}</ul>`
  );
}

function item(entry: MinutesItem, minutes: Minutes, labels: MinutesLabels, words: TaskWords) {
  const meta = [
    entry.presenter
      ? `<p class="item-presenter">${e(labels.presentedBy)} ${e(entry.presenter)}</p>`
      : '',
    entry.deferred ? `<p class="item-flag">${e(labels.deferred)}</p>` : '',
    entry.confidentiality === 'internal'
      ? `<p class="item-flag item-internal">${e(labels.internalItem)}</p>`
      : '',
  ].join('');
  return (
    `<section class="minutes-item">` +
    `<h2 class="minutes-h2"><span class="item-number">${entry.number}.</span> ${e(entry.title)}</h2>` +
    meta +
    notes(entry.notes, words) +
    decisionList(entry.decisions, labels) +
    actionList(entry.actions, minutes, labels) +
    reviewedList(entry, minutes, labels) +
    `</section>`
  );
}

/** The action table's cell classes, by column: the item number and the due date have their own. */
const CELL_CLASSES = [' class="num"', '', '', '', ' class="due"', ''];

function actionTable(minutes: Minutes, labels: MinutesLabels): string {
  const table = actionTableCells(minutes);
  const head = table.head.map((label) => `<th scope="col">${e(label)}</th>`).join('');
  const rows = table.rows
    .map((cells) => cells.map((text, i) => `<td${CELL_CLASSES[i]}>${e(text)}</td>`).join(''))
    .map((cells) => `<tr>${cells}</tr>`)
    .join('');
  const body =
    minutes.actions.length === 0
      ? `<p>${e(noActionsText(minutes))}</p>`
      : `<table class="action-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  return `<section class="minutes-actions"><h2 class="minutes-h2">${e(labels.actions)}</h2>${body}</section>`;
}

/**
 * "Terms used in this meeting": each term with its acronyms (and how the minutes wrote it, when
 * otherwise), then its definition.
 */
function termsUsed(minutes: Minutes, labels: MinutesLabels): string {
  if (minutes.terms.length === 0) return '';
  const entries = minutes.terms
    .map((term) => {
      const entry = termEntry(term, minutes);
      const written = entry.written && ` <span class="term-written">— ${e(entry.written)}</span>`;
      return (
        `<div class="term"><dt>${e(entry.name)}${written ?? ''}</dt>` +
        `<dd>${e(entry.definition)}</dd></div>`
      );
    })
    .join('');
  return (
    `<section class="minutes-terms"><h2 class="minutes-h2">${e(labels.termsUsed)}</h2>` +
    `<dl class="terms-list">${entries}</dl></section>`
  );
}

export interface MinutesHtmlOptions {
  /**
   * The level of the minutes' title. A page that shows the minutes under its own h1 (the app's
   * preview) passes 2, and every heading moves down one level; classes keep their look.
   */
  titleLevel?: 1 | 2;
}

/** The whole minutes as an `<article>` fragment, in the minutes' language. */
export function renderMinutesHtml(minutes: Minutes, options: MinutesHtmlOptions = {}): string {
  const labels = minutesLabels(minutes.language);
  const words: TaskWords = { done: labels.taskDone, open: labels.taskOpen };
  const general = notes(minutes.generalNotes, words);
  const next = nextMeetingText(minutes);
  const parts = [
    header(minutes, labels),
    withheld(minutes, labels),
    attendance(minutes, labels),
    general
      ? `<section class="minutes-general"><h2 class="minutes-h2">${e(labels.generalNotes)}</h2>${general}</section>`
      : '',
    ...minutes.items.map((entry) => item(entry, minutes, labels, words)),
    minutes.otherDecisions.length > 0
      ? `<section class="minutes-other-decisions"><h2 class="minutes-h2">${e(labels.otherDecisions)}</h2>` +
        `${decisionList(minutes.otherDecisions, labels)}</section>`
      : '',
    actionTable(minutes, labels),
    next
      ? `<p class="minutes-next"><strong>${e(labels.nextMeeting + labels.colon)}</strong> ${e(next)}</p>`
      : '',
    termsUsed(minutes, labels),
    `<footer class="minutes-footer">` +
      `${e(labels.generatedOn(formatGeneratedAt(minutes.generatedAt, minutes.meeting.timeZone, minutes.language)))}` +
      `</footer>`,
  ];
  const html = `<article class="minutes" lang="${minutes.language}">${parts.join('')}</article>`;
  const shift = (options.titleLevel ?? 1) - 1;
  // Safe on this markup: every piece of text is escaped, so "<h" only starts our own headings.
  return shift === 0
    ? html
    : html.replace(/<(\/?)h([1-5])\b/g, (_, slash: string, level: string) => {
        return `<${slash}h${Number(level) + shift}`;
      });
}

/**
 * A complete page holding the minutes: the HTML export, and what is printed to PDF. Its CSP lets
 * nothing load or run (only its own <style>), whatever the notes contain.
 */
export function renderMinutesDocument(minutes: Minutes): string {
  const labels = minutesLabels(minutes.language);
  const title = `${labels.documentKind} — ${minutes.meeting.title} — ${minutes.meeting.date}`;
  return (
    `<!doctype html>\n<html lang="${minutes.language}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${e(title)}</title>\n<style>\n${minutesStylesheet}\n</style>\n</head>\n<body>\n` +
    `${renderMinutesHtml(minutes)}\n</body>\n</html>\n`
  );
}
