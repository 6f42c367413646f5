/**
 * The system issues log as a file: CSV for a spreadsheet, or a short report (Markdown or HTML) for
 * funders, each issue with how often and when it was raised. Issues hold no client identifiers by
 * policy; every piece of typed text is still escaped, so it reads as typed and never as markup.
 */
import type { ExportedFile, Language, ParsedInput, SystemIssue } from '../../../shared/contract';
import { formatLongDate, formatShortDate } from '../../../shared/minutes/labels';
import { escapeHtml } from '../../../shared/minutes/rich-text-html';
import { toCsv } from '../csv';
import { escapeMarkdown } from '../minutes/markdown';
import { SYSTEM_ISSUE_LABELS, tagName, type SystemIssueLabels } from './system-issue-labels';

type Request = ParsedInput<'systemIssue.export'>;
type Format = Request['format'];

const FILE_TYPES: Record<Format, { extension: string; mimeType: string }> = {
  csv: { extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
  markdown: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mimeType: 'text/html; charset=utf-8' },
};

const firstRaised = (issue: SystemIssue) => issue.raises[0]?.raisedOn ?? null;

function csv(issues: readonly SystemIssue[], labels: SystemIssueLabels): string {
  // Days stay ISO in the spreadsheet, so they sort.
  const rows = issues.map((issue) => [
    issue.title,
    labels.categories[issue.category],
    issue.tags.map((tag) => tagName(labels, tag)).join('; '),
    labels.statuses[issue.status],
    String(issue.raisedCount),
    firstRaised(issue) ?? '',
    issue.lastRaised ?? '',
    issue.description,
  ]);
  return toCsv(labels.csvHeader, rows);
}

interface ReportIssue {
  title: string;
  facts: [label: string, value: string][];
  /** Paragraphs of the description, each a list of lines. */
  description: string[][];
}

interface Report {
  title: string;
  subtitle: string;
  line: string;
  filters: string | null;
  issues: ReportIssue[];
  none: string;
}

function report(issues: readonly SystemIssue[], request: Request, today: string): Report {
  const labels = SYSTEM_ISSUE_LABELS[request.language];
  const { language, filter } = request;
  const day = (date: string | null) =>
    date === null ? labels.never : formatShortDate(date, language);
  const filters = [
    filter.tag?.trim() ? `${labels.tag}${labels.colon} ${tagName(labels, filter.tag.trim())}` : '',
    filter.category
      ? `${labels.category}${labels.colon} ${labels.categories[filter.category]}`
      : '',
    filter.status ? `${labels.status}${labels.colon} ${labels.statuses[filter.status]}` : '',
  ].filter((part) => part !== '');
  return {
    title: labels.title,
    subtitle: labels.subtitle,
    line: labels.reportLine(formatLongDate(today, language), issues.length, filter.sort),
    filters: filters.length ? `${labels.filteredBy}${labels.colon} ${filters.join('; ')}` : null,
    none: labels.none,
    issues: issues.map((issue) => ({
      title: issue.title,
      facts: [
        [labels.category, labels.categories[issue.category]],
        [
          labels.tags,
          issue.tags.length
            ? issue.tags.map((tag) => tagName(labels, tag)).join(', ')
            : labels.noTags,
        ],
        [labels.status, labels.statuses[issue.status]],
        [labels.timesRaised, String(issue.raisedCount)],
        [labels.firstRaised, day(firstRaised(issue))],
        [labels.lastRaised, day(issue.lastRaised)],
      ],
      description: issue.description
        .split(/\r?\n\s*\r?\n/)
        .map((paragraph) => paragraph.split(/\r?\n/).map((line) => line.trim()))
        .map((lines) => lines.filter((line) => line !== ''))
        .filter((lines) => lines.length > 0),
    })),
  };
}

function markdown(r: Report, colon: string): string {
  const out = [
    `# ${escapeMarkdown(r.title)}`,
    '',
    escapeMarkdown(r.subtitle),
    '',
    escapeMarkdown(r.line),
  ];
  if (r.filters) out.push('', escapeMarkdown(r.filters));
  if (r.issues.length === 0) out.push('', escapeMarkdown(r.none));
  r.issues.forEach((issue, i) => {
    out.push('', `## ${i + 1}. ${escapeMarkdown(issue.title)}`, '');
    for (const [label, value] of issue.facts) {
      out.push(`- **${escapeMarkdown(label)}${colon}** ${escapeMarkdown(value)}`);
    }
    for (const lines of issue.description) {
      // A hard line break (backslash at the end) keeps the lines as typed.
      out.push('', lines.map(escapeMarkdown).join('\\\n'));
    }
  });
  return `${out.join('\n')}\n`;
}

const STYLE = `
body { margin: 0; background: #fff; color: #111; font: 11.5pt/1.45 Georgia, "Times New Roman", serif; }
main { max-width: 48rem; margin: 0 auto; padding: 2.5rem 3rem 2rem; }
h1 { margin: 0 0 .25rem; font-size: 1.8em; }
h2 { margin: 1.75rem 0 .5rem; font-size: 1.25em; break-after: avoid; }
.subtitle { margin: 0 0 1rem; font-style: italic; }
.issues { padding: 0; list-style: none; }
.issue { break-inside: avoid; border-top: 1px solid #999; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 .75rem; }
dt { font-weight: bold; }
dd { margin: 0; }
@page { margin: 2cm 2.2cm 2.2cm; }
`;

function html(r: Report, language: Language, colon: string, today: string): string {
  const e = escapeHtml;
  const issues = r.issues.map(
    (issue, i) =>
      `<li class="issue">\n<h2>${i + 1}. ${e(issue.title)}</h2>\n<dl>\n` +
      issue.facts
        .map(([label, value]) => `<dt>${e(label)}${e(colon)}</dt><dd>${e(value)}</dd>`)
        .join('\n') +
      `\n</dl>\n` +
      issue.description.map((lines) => `<p>${lines.map(e).join('<br>\n')}</p>\n`).join('') +
      `</li>`,
  );
  const body =
    `<h1>${e(r.title)}</h1>\n<p class="subtitle">${e(r.subtitle)}</p>\n<p>${e(r.line)}</p>\n` +
    (r.filters ? `<p>${e(r.filters)}</p>\n` : '') +
    (issues.length
      ? `<ol class="issues">\n${issues.join('\n')}\n</ol>\n`
      : `<p>${e(r.none)}</p>\n`);
  return (
    `<!doctype html>\n<html lang="${language}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${e(`${r.title} — ${today}`)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<main>\n${body}</main>\n</body>\n</html>\n`
  );
}

/** The issues as listed (same filter and order), in the format and language asked for. */
export function exportSystemIssues(
  issues: readonly SystemIssue[],
  request: Request,
  today: string,
): ExportedFile {
  const labels = SYSTEM_ISSUE_LABELS[request.language];
  const { extension, mimeType } = FILE_TYPES[request.format];
  const filename = `${labels.filename}-${today}.${extension}`;
  const content =
    request.format === 'csv'
      ? csv(issues, labels)
      : request.format === 'markdown'
        ? markdown(report(issues, request, today), labels.colon)
        : html(report(issues, request, today), request.language, labels.colon, today);
  return { filename, mimeType, encoding: 'utf8', content };
}
