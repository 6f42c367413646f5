/**
 * How minutes look, on paper and on screen: a serif body, a header block with the meeting's
 * facts, numbered items, decisions and actions marked by a word and a symbol (never by colour),
 * a bordered action table whose header repeats on every page, black on white. Every rule is
 * scoped to `.minutes` (the app's preview injects this sheet into its own page) except the page
 * margins, which only apply when printing.
 */
export const minutesStylesheet = `
@page {
  margin: 2cm 2.2cm 2.2cm;
}

.minutes {
  box-sizing: border-box;
  max-width: 48rem;
  margin: 0 auto;
  padding: 2.5rem 3rem 2rem;
  background: #fff;
  color: #111;
  font-family: Georgia, Cambria, "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
  font-size: 11.5pt;
  line-height: 1.45;
  text-align: start;
  overflow-wrap: break-word;
}
.minutes *,
.minutes *::before,
.minutes *::after {
  box-sizing: inherit;
}

.minutes .minutes-h1,
.minutes .minutes-h2,
.minutes .minutes-h3,
.minutes .minutes-h4,
.minutes .minutes-h5,
.minutes .minutes-h6 {
  color: #000;
  line-height: 1.25;
  break-after: avoid;
  page-break-after: avoid;
}
.minutes .minutes-h1 {
  font-size: 20pt;
  margin: 0;
}
.minutes .minutes-h2 {
  font-size: 14pt;
  margin: 1.5em 0 0.4em;
  padding-bottom: 0.15em;
  border-bottom: 1px solid #777;
}
.minutes .minutes-h3 {
  font-size: 12pt;
  margin: 1em 0 0.3em;
}
.minutes .minutes-h4,
.minutes .minutes-h5,
.minutes .minutes-h6 {
  font-size: 11.5pt;
  font-style: italic;
  margin: 0.9em 0 0.25em;
}
.minutes p {
  margin: 0.45em 0;
}
.minutes a {
  color: inherit;
  text-decoration: underline;
}

/*
 * The header block: what the document is, the title, then the facts in two columns. No
 * letter-spacing or text-transform: PDF readers would copy the words spaced out or in capitals.
 */
.minutes .minutes-header {
  border-top: 3px solid #000;
  border-bottom: 1px solid #000;
  padding: 0.8rem 0 1rem;
  margin-bottom: 1.25rem;
}
.minutes .minutes-kind {
  margin: 0 0 0.2rem;
  font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: 10pt;
  font-weight: bold;
}
.minutes .minutes-facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.2rem 1.25rem;
  margin: 0.8rem 0 0;
}
.minutes .minutes-facts .fact {
  display: contents;
}
.minutes .minutes-facts dt {
  font-weight: bold;
}
.minutes .minutes-facts dd {
  margin: 0;
  white-space: pre-line;
}

/* Said in words, framed so it is not missed. */
.minutes .minutes-withheld {
  margin: 1rem 0;
  padding: 0.5rem 0.8rem;
  border: 1px solid #000;
  border-left-width: 4px;
  font-style: italic;
  break-inside: avoid;
}

.minutes .attendance-columns {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
  gap: 0 1.5rem;
}
.minutes .attendance-group {
  break-inside: avoid;
}
.minutes .minutes-attendance ul {
  list-style: none;
  margin: 0;
  padding: 0;
}
.minutes .minutes-attendance li {
  margin: 0.15em 0;
}
.minutes .agency {
  font-weight: bold;
}

.minutes .item-number {
  display: inline-block;
  min-width: 1.7em;
}
.minutes .item-presenter,
.minutes .item-flag {
  margin: 0.1em 0 0.5em;
  font-style: italic;
}
.minutes .item-internal {
  display: inline-block;
  padding: 0.1em 0.45em;
  border: 1px dashed #000;
  font-style: normal;
  font-weight: bold;
}

.minutes .notes ul,
.minutes .notes ol {
  margin: 0.4em 0;
  padding-inline-start: 1.6em;
}
.minutes .notes li > p {
  margin: 0.1em 0;
}
.minutes .notes blockquote {
  margin: 0.5em 0 0.5em 0.6em;
  padding-inline-start: 0.8em;
  border-inline-start: 3px solid #777;
}
.minutes .notes .task-list {
  list-style: none;
  padding-inline-start: 0.2em;
}
.minutes .task-item {
  display: flex;
  gap: 0.5em;
  align-items: baseline;
}
.minutes .task-box,
.minutes .mark {
  flex: none;
  font-family: "DejaVu Sans", "Segoe UI Symbol", "Apple Symbols", sans-serif;
}
.minutes .task-body > :first-child {
  margin-top: 0;
}
.minutes .task-body > :last-child {
  margin-bottom: 0;
}

/* Decisions and actions under an item: a symbol and a word, hanging. */
.minutes .decisions,
.minutes .actions {
  list-style: none;
  margin: 0.6em 0;
  padding: 0;
}
.minutes .decision,
.minutes .action {
  margin: 0.3em 0;
  padding-inline-start: 1.5em;
  text-indent: -1.5em;
  break-inside: avoid;
}
.minutes .decision {
  font-weight: 500;
}
.minutes .mark {
  display: inline-block;
  width: 1.2em;
  text-indent: 0;
}

/* The review of earlier actions: the outcome leads each line, in bold words. */
.minutes .reviewed-actions {
  list-style: none;
  margin: 0.4em 0 0.6em;
  padding: 0;
}
.minutes .reviewed-action {
  margin: 0.3em 0;
  padding-inline-start: 1.5em;
  text-indent: -1.5em;
  break-inside: avoid;
}

.minutes .action-table {
  width: 100%;
  border-collapse: collapse;
  font-size: 10pt;
  line-height: 1.35;
}
.minutes .action-table thead {
  display: table-header-group;
}
.minutes .action-table th,
.minutes .action-table td {
  border: 1px solid #000;
  padding: 0.3em 0.45em;
  text-align: start;
  vertical-align: top;
}
.minutes .action-table th {
  background: #e6e6e6;
  font-weight: bold;
}
.minutes .action-table tr {
  break-inside: avoid;
  page-break-inside: avoid;
}
.minutes .action-table .num,
.minutes .action-table .due {
  white-space: nowrap;
}

.minutes .minutes-next {
  margin-top: 1.5em;
  padding-top: 0.6em;
  border-top: 1px solid #000;
  font-size: 12pt;
}
/* A glossary: the term in bold on its own line, its definition indented under it. */
.minutes .terms-list {
  margin: 0;
}
.minutes .terms-list .term {
  margin: 0 0 0.6em;
  break-inside: avoid;
  page-break-inside: avoid;
}
.minutes .terms-list dt {
  font-weight: bold;
  break-after: avoid;
}
.minutes .terms-list .term-written {
  font-weight: normal;
}
.minutes .terms-list dd {
  margin: 0.1em 0 0 1.5em;
  white-space: pre-line;
}
.minutes .minutes-footer {
  margin-top: 2em;
  font-size: 9pt;
  color: #333;
}

@media screen {
  .minutes {
    border: 1px solid #bbb;
    box-shadow: 0 1px 6px rgba(0, 0, 0, 0.2);
  }
}

@media print {
  .minutes {
    max-width: none;
    margin: 0;
    padding: 0;
    border: 0;
    box-shadow: none;
    font-size: 11pt;
  }
  .minutes p,
  .minutes li {
    orphans: 3;
    widows: 3;
  }
  .minutes .minutes-item .minutes-h2 {
    break-after: avoid;
  }
}
`;
