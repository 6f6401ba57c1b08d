import { ApiError } from './api-error.ts';
import { apiFetch } from './api-request.ts';

/**
 * The file name a `Content-Disposition` header gives: the UTF-8 form
 * (`filename*=UTF-8''…`) when there is one, else the plain one.
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (header === null) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A broken encoding falls through to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? fallback;
}

/** A file from the API with the person's token: its bytes and the name the server gave it. */
export async function downloadFile(
  path: string,
  fallback: string,
  options: { token: string; signal?: AbortSignal },
): Promise<{ blob: Blob; fileName: string }> {
  const response = await apiFetch(path, options);
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition'), fallback);
  try {
    return { blob: await response.blob(), fileName };
  } catch {
    // The connection broke while the file was arriving.
    throw new ApiError('network_unavailable');
  }
}
