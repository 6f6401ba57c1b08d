import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page of a PDF, as a reader (or a search) sees it. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  // pdf.js refuses a Node Buffer: a plain view over the same bytes.
  const data = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const document = await getDocument({ data, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
  }
  await document.destroy();
  return pages;
}
