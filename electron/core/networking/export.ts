/**
 * One speed-networking export, as a file the renderer saves: the plan or the contacts as CSV, or
 * the personal cards as a page to print or as a PDF. PDF needs the host's printer (Electron's
 * printToPDF); without one it is `unavailable`, as for the minutes, and the app prints the cards
 * through the browser instead.
 */
import type { ExportedFile, NetworkingSession } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import {
  renderNetworkingCardsDocument,
  type CardsInput,
} from '../../../shared/networking/cards-html';
import type { PrintToPdf } from '../ports';
import { planCsv, summaryCsv } from './plan-csv';
import { contactSummary } from './summary';

export type NetworkingExportFormat = 'plan_csv' | 'summary_csv' | 'cards_html' | 'cards_pdf';

const FILES: Record<NetworkingExportFormat, { name: string; extension: string; mimeType: string }> =
  {
    plan_csv: { name: 'plan', extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
    summary_csv: { name: 'contacts', extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
    cards_html: { name: 'cards', extension: 'html', mimeType: 'text/html; charset=utf-8' },
    cards_pdf: { name: 'cards', extension: 'pdf', mimeType: 'application/pdf' },
  };

/** "roundtable-networking-cards-2026-11-23.html". */
export function networkingFilename(format: NetworkingExportFormat, date: string): string {
  const { name, extension } = FILES[format];
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `-${date}` : '';
  return `roundtable-networking-${name}${day}.${extension}`;
}

/**
 * The plan and the cards say where people sit: without a plan there is nothing to say, and a plan
 * made before the last change of participants or format would send people to the wrong tables.
 */
function requireCurrentPlan(session: NetworkingSession): void {
  if (session.plan === null) {
    throw new AppError('conflict', 'There is no plan yet: plan the rounds first.');
  }
  if (session.planStale) {
    throw new AppError(
      'conflict',
      'The plan no longer matches the participants or the format: plan the rounds again first.',
    );
  }
}

async function printed(html: string, printToPdf: PrintToPdf | null): Promise<string> {
  if (!printToPdf) {
    throw new AppError(
      'unavailable',
      'Saving the cards as PDF needs the desktop app. Here, print the cards and choose "Save as PDF" as the printer.',
    );
  }
  const pdf = await printToPdf(html);
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64');
}

export async function exportNetworking(
  input: CardsInput,
  format: NetworkingExportFormat,
  printToPdf: PrintToPdf | null,
): Promise<ExportedFile> {
  const { session, date, language } = input;
  const { mimeType } = FILES[format];
  const filename = networkingFilename(format, date);
  switch (format) {
    case 'summary_csv':
      return {
        filename,
        mimeType,
        encoding: 'utf8',
        content: summaryCsv(contactSummary(session), language),
      };
    case 'plan_csv':
      requireCurrentPlan(session);
      return { filename, mimeType, encoding: 'utf8', content: planCsv(session, language) };
    case 'cards_html':
      requireCurrentPlan(session);
      return {
        filename,
        mimeType,
        encoding: 'utf8',
        content: renderNetworkingCardsDocument(input),
      };
    case 'cards_pdf': {
      requireCurrentPlan(session);
      const content = await printed(renderNetworkingCardsDocument(input), printToPdf);
      return { filename, mimeType, encoding: 'base64', content };
    }
  }
}
