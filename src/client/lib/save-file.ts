/** Hands a downloaded file to the browser to save, under the name given. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; keep the address a while for slow ones.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
