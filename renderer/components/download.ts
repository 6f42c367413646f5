/**
 * Saves text (or bytes, e.g. a DOCX) as a file the way a browser download does; works in Electron
 * and browser mode. `type` is the file's media type, e.g. `text/csv;charset=utf-8`.
 */
export function download(
  filename: string,
  content: string | Uint8Array<ArrayBuffer>,
  type: string,
) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
