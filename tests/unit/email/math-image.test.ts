import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { drawFormula, formulaFileName } from '../../../src/lib/email/math-image';

describe('formula images', () => {
  it('names each image by its TeX and mode, so the same formula is one file', () => {
    expect(formulaFileName('\\lambda', false)).toBe(formulaFileName('\\lambda', false));
    expect(formulaFileName('\\lambda', false)).not.toBe(formulaFileName('\\lambda', true));
    expect(formulaFileName('\\lambda', false)).not.toBe(formulaFileName('\\eta', false));
    expect(formulaFileName('\\lambda', false)).toMatch(/^[0-9a-f]{20}\.png$/);
  });

  it('draws a PNG at twice its CSS size, on an opaque white background', { timeout: 30_000 }, async () => {
    const { png, image } = await drawFormula('e^{0.4} \\approx 1.49', false);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect([meta.width, meta.height]).toEqual([image.width * 2, image.height * 2]);
    expect(Number.isInteger(image.width) && Number.isInteger(image.height)).toBe(true);
    const { data } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([data[0], data[1], data[2], data[3]]).toEqual([255, 255, 255, 255]);
    // The descender of nothing here: a formula with no depth sits on the baseline.
    expect(image.depth).toBeGreaterThanOrEqual(0);
  });

  it('puts a formula with a subscript below the baseline', { timeout: 30_000 }, async () => {
    const { image } = await drawFormula('w_{t+1}', false);
    expect(image.depth).toBeGreaterThan(2);
  });

  it('fails on TeX it cannot draw, naming the formula', { timeout: 30_000 }, async () => {
    await expect(drawFormula('\\notamacro{x}', false)).rejects.toThrow('MathJax cannot draw the formula "\\\\notamacro{x}"');
  });

  it('reuses the cache on a rebuild instead of drawing again', { timeout: 30_000 }, async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'conundra-math-'));
    const first = await (await import('../../../src/lib/email/math-image')).formulaImage('x^2', false, cache);
    // A new build is a new process: nothing in memory, only the cache folder.
    vi.resetModules();
    const marker = Buffer.from('cached bytes');
    writeFileSync(path.join(cache, first.file), marker);
    const again = await (await import('../../../src/lib/email/math-image')).formulaImage('x^2', false, cache);
    expect(again.png.equals(marker)).toBe(true);
    expect(JSON.parse(readFileSync(path.join(cache, `${first.file}.json`), 'utf8'))).toEqual({
      width: first.width,
      height: first.height,
      depth: first.depth,
    });
  });
});
