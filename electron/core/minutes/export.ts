/**
 * One export of the minutes: the model rendered in the format asked for, as a file the renderer
 * saves. PDF needs the host's printer (Electron's printToPDF); without one it is `unavailable`
 * and the app prints the HTML through the browser instead.
 */
import type { ExportedFile, Language, Minutes, MinutesFormat } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { renderMinutesDocument } from '../../../shared/minutes/render-html';
import type { PrintToPdf } from '../ports';
import { minutesDocx } from './docx';
import { minutesMarkdown } from './markdown';

const FILE_TYPES: Record<MinutesFormat, { extension: string; mimeType: string }> = {
  markdown: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mimeType: 'text/html; charset=utf-8' },
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
};

/** What the file is called after the title, in the minutes' language. */
const SUFFIX: Record<Language, string> = { en: 'minutes', fr: 'compte-rendu' };
const MAX_SLUG = 60;

/** Lower-case ASCII letters and digits joined by '-': safe in any file system and attachment. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/** "2026-12-07-case-consultation-minutes.md". */
export function minutesFilename(minutes: Minutes, format: MinutesFormat): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(minutes.meeting.date) ? minutes.meeting.date : '';
  const parts = [date, asciiSlug(minutes.meeting.title), SUFFIX[minutes.language]];
  return `${parts.filter((part) => part !== '').join('-')}.${FILE_TYPES[format].extension}`;
}

async function printed(html: string, printToPdf: PrintToPdf | null): Promise<string> {
  if (!printToPdf) {
    throw new AppError(
      'unavailable',
      'Saving minutes as PDF needs the desktop app. Here, print the minutes and choose "Save as PDF" as the printer.',
    );
  }
  const pdf = await printToPdf(html);
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64');
}

export async function exportMinutes(
  minutes: Minutes,
  format: MinutesFormat,
  printToPdf: PrintToPdf | null,
): Promise<ExportedFile> {
  const { mimeType } = FILE_TYPES[format];
  const filename = minutesFilename(minutes, format);
  switch (format) {
    case 'markdown':
      return { filename, mimeType, encoding: 'utf8', content: minutesMarkdown(minutes) };
    case 'html':
      return { filename, mimeType, encoding: 'utf8', content: renderMinutesDocument(minutes) };
    case 'docx':
      return { filename, mimeType, encoding: 'base64', content: await minutesDocx(minutes) };
    case 'pdf': {
      const content = await printed(renderMinutesDocument(minutes), printToPdf);
      return { filename, mimeType, encoding: 'base64', content };
    }
  }
}
