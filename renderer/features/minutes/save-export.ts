import type { ExportedFile } from '../../../shared/contract';
import { download } from '../../components/download';

/** The bytes of a base64 text (DOCX and PDF cross the boundary as base64). */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves an exported file as a download, decoding it when it came as base64. */
export function saveExportedFile(file: ExportedFile) {
  download(
    file.filename,
    file.encoding === 'base64' ? bytesOf(file.content) : file.content,
    file.mimeType,
  );
}
