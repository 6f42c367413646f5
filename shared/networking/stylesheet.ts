/**
 * How the personal cards look. They are read at arm's length while walking to the next table, so
 * the table number is very large and names are bold; black on white, with rounds sat out said in
 * words and in italics, never by colour.
 *
 * Paper: the cards flow down the page at full width, each kept whole (never split across pages),
 * separated by dashed cut lines with a scissors mark. A short card (pairs, a few rounds) takes a
 * third or a half of an A4 or Letter page, a long one (tables of 6, eight rounds) a whole page:
 * the facilitator prints and cuts, with no blank half pages and no card too small to read. The
 * page size is left to the printer (A4 or Letter). Every rule is scoped to `.networking-cards`
 * except the page margins, which only apply when printing.
 */
export const networkingCardsStylesheet = `
@page {
  margin: 1.2cm 1.5cm;
}

.networking-cards {
  box-sizing: border-box;
  max-width: 48rem;
  margin: 0 auto;
  padding: 1.5rem 2rem;
  background: #fff;
  color: #000;
  font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: 13pt;
  line-height: 1.35;
  overflow-wrap: break-word;
}
.networking-cards *,
.networking-cards *::before,
.networking-cards *::after {
  box-sizing: inherit;
}

.networking-cards .nw-cards-title {
  margin: 0 0 0.3em;
  font-size: 18pt;
}
.networking-cards .nw-cards-hint {
  margin: 0 0 1rem;
  font-style: italic;
}

/* A card: kept on one page; the dashed line above it is where the scissors go. */
.networking-cards .nw-card {
  position: relative;
  padding: 0.9cm 0 0.7cm;
  border-top: 1.5px dashed #000;
  break-inside: avoid;
  page-break-inside: avoid;
}
.networking-cards .nw-card:last-child {
  border-bottom: 1.5px dashed #000;
}
.networking-cards .nw-card::before {
  content: "\\2702" / "";
  position: absolute;
  top: -0.72em;
  left: 0.4em;
  padding: 0 0.2em;
  background: #fff;
  font-family: "DejaVu Sans", "Segoe UI Symbol", "Apple Symbols", sans-serif;
  font-size: 12pt;
  line-height: 1.2;
}

.networking-cards .nw-card-event {
  margin: 0 0 0.2em;
  font-size: 11pt;
}
.networking-cards .nw-card-name {
  margin: 0;
  font-size: 22pt;
  line-height: 1.15;
}
.networking-cards .nw-card-agency {
  margin: 0.1em 0 0;
  font-size: 14pt;
}
.networking-cards .nw-card-host {
  display: inline-block;
  margin: 0.45em 0 0;
  padding: 0.15em 0.5em;
  border: 2px solid #000;
  font-weight: bold;
}

.networking-cards .nw-rounds {
  width: 100%;
  margin-top: 0.6em;
  border-collapse: collapse;
}
.networking-cards .nw-rounds th,
.networking-cards .nw-rounds td {
  padding: 0.25em 0.5em;
  border-bottom: 1px solid #000;
  text-align: start;
  vertical-align: middle;
}
.networking-cards .nw-rounds thead th {
  font-size: 10.5pt;
  font-weight: bold;
  border-bottom-width: 2px;
}
.networking-cards .nw-rounds tr {
  break-inside: avoid;
  page-break-inside: avoid;
}
.networking-cards .nw-round {
  width: 4.5em;
  font-size: 16pt;
  font-weight: bold;
}
.networking-cards .nw-rounds .nw-table {
  width: 5em;
  font-size: 30pt;
  font-weight: bold;
  line-height: 1.05;
  text-align: center;
}
.networking-cards .nw-rounds thead .nw-table {
  font-size: 10.5pt;
}
.networking-cards .nw-partners {
  list-style: none;
  margin: 0;
  padding: 0;
}
.networking-cards .nw-partners li {
  margin: 0.05em 0;
}
.networking-cards .nw-partner-name {
  font-weight: bold;
}
.networking-cards .nw-out {
  font-style: italic;
}

@media print {
  .networking-cards {
    max-width: none;
    margin: 0;
    padding: 0;
  }
  /* On paper the cards speak for themselves; the title and hint are for the screen. */
  .networking-cards .nw-cards-title,
  .networking-cards .nw-cards-hint {
    display: none;
  }
}
`;
