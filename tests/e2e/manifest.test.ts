import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.ts';
import { readPngSize } from '../support/png-size.ts';

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

let server: AppServer;
let manifest: Record<string, unknown>;

beforeAll(async () => {
  server = await startAppServer();
  const response = await fetch(`${server.url}/manifest.webmanifest`);
  expect(response.status).toBe(200);
  manifest = (await response.json()) as Record<string, unknown>;
});

afterAll(async () => {
  await server.stop();
});

describe('the web app manifest', () => {
  it('is linked from the page', async () => {
    const html = await (await fetch(`${server.url}/`, { headers: { accept: 'text/html' } })).text();
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
  });

  it('names the app in Russian and installs it standalone', () => {
    expect(manifest).toMatchObject({
      name: 'Инспектор ЭЖ',
      short_name: 'Инспектор ЭЖ',
      lang: 'ru',
      display: 'standalone',
      start_url: '/',
      scope: '/',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('declares 192 and 512 icons and a maskable 512, each a PNG of its declared size', async () => {
    const icons = manifest.icons as ManifestIcon[];
    const declared = icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(declared).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );

    for (const icon of icons) {
      expect(icon.type, icon.src).toBe('image/png');
      const response = await fetch(new URL(icon.src, `${server.url}/`));
      expect(response.status, icon.src).toBe(200);
      expect(response.headers.get('content-type'), icon.src).toBe('image/png');
      const size = readPngSize(Buffer.from(await response.arrayBuffer()));
      expect(`${size.width}x${size.height}`, icon.src).toBe(icon.sizes);
    }
  });
});
