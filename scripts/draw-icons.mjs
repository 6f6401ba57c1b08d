// Renders the icon in Chromium to the PNG sizes the manifest and iOS need:
//   node scripts/draw-icons.mjs   (writes public/icons/*.png and public/favicon.svg)
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { iconSvg } from './icon-svg.mjs';

const outputs = [
  { file: 'public/icons/icon-192.png', size: 192, maskable: false },
  { file: 'public/icons/icon-512.png', size: 512, maskable: false },
  { file: 'public/icons/icon-maskable-512.png', size: 512, maskable: true },
  { file: 'public/icons/apple-touch-icon-180.png', size: 180, maskable: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const { file, size, maskable } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = iconSvg({ maskable });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await writeFile(file, await page.screenshot({ omitBackground: true }));
    await page.close();
  }
  await writeFile('public/favicon.svg', `${iconSvg({ maskable: false })}\n`);
} finally {
  await browser.close();
}
