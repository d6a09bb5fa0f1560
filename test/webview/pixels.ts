// Screenshot comparison for the webview tests, without an image library: both PNGs are decoded
// by Chromium itself (createImageBitmap on a blank page, no CSP) and compared pixel by pixel. A
// pixel differs when a channel differs by more than `channel`; the images match when at most
// `ratio` of the pixels differ (anti-aliasing and font hinting move a few edge pixels).
// MMSTEP_UPDATE_REFERENCES=1 writes the new screenshot over the reference instead.

import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { ROOT } from './harness';

export const REFERENCES = path.join(ROOT, 'test/webview/reference');

export interface PixelDiff {
  width: number;
  height: number;
  /** Pixels that differ. */
  differing: number;
  ratio: number;
  sameSize: boolean;
}

export async function diffPng(browser: Browser, a: Buffer, b: Buffer, channel = 48): Promise<PixelDiff> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ([a64, b64, tol]) => {
        const decode = async (s: string): Promise<ImageData> => {
          const bytes = Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
          const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const c = new OffscreenCanvas(bmp.width, bmp.height);
          const g = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
          g.drawImage(bmp, 0, 0);
          return g.getImageData(0, 0, bmp.width, bmp.height);
        };
        const x = await decode(a64 as string);
        const y = await decode(b64 as string);
        const sameSize = x.width === y.width && x.height === y.height;
        const w = Math.min(x.width, y.width);
        const h = Math.min(x.height, y.height);
        let differing = Math.max(x.width, y.width) * Math.max(x.height, y.height) - w * h;
        for (let j = 0; j < h; j++) {
          for (let i = 0; i < w; i++) {
            const p = (j * x.width + i) * 4;
            const q = (j * y.width + i) * 4;
            for (let k = 0; k < 4; k++) {
              if (Math.abs(x.data[p + k] - y.data[q + k]) > (tol as number)) {
                differing++;
                break;
              }
            }
          }
        }
        const total = Math.max(x.width, y.width) * Math.max(x.height, y.height);
        return { width: x.width, height: x.height, differing, ratio: differing / total, sameSize };
      },
      [a.toString('base64'), b.toString('base64'), channel] as const,
    );
  } finally {
    await page.close();
  }
}

/**
 * Compare `shot` with the reference image `name` (test/webview/reference/<name>); with
 * MMSTEP_UPDATE_REFERENCES=1 the reference is (re)written. Returns a problem, or undefined.
 */
export async function matchReference(browser: Browser, name: string, shot: Buffer, maxRatio = 0.0002): Promise<string | undefined> {
  const ref = path.join(REFERENCES, name);
  if (process.env.MMSTEP_UPDATE_REFERENCES === '1') {
    fs.mkdirSync(REFERENCES, { recursive: true });
    fs.writeFileSync(ref, shot);
    return undefined;
  }
  if (!fs.existsSync(ref)) return `no reference image ${path.relative(ROOT, ref)} (run with MMSTEP_UPDATE_REFERENCES=1 to write it)`;
  const d = await diffPng(browser, fs.readFileSync(ref), shot);
  if (!d.sameSize) return `${name}: size differs from the reference`;
  if (d.ratio > maxRatio) return `${name}: ${d.differing} pixels (${(d.ratio * 100).toFixed(2)}%) differ from the reference, more than ${(maxRatio * 100).toFixed(2)}%`;
  return undefined;
}
