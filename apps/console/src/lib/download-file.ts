/** Saves text as a file through the browser's download (exports are made in the page: there is no server). */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: Chromium starts the download from the click.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
