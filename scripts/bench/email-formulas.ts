/**
 * Child process of the email bench: draws (or reads from the cache) every
 * formula listed in a JSON file, and prints the milliseconds it took. A
 * process of its own starts with nothing in memory, as a build does.
 */
import { readFileSync } from 'node:fs';
import { formulaImage } from '../../src/lib/email/math-image.ts';

const [listFile, cacheDir] = process.argv.slice(2);
const formulas = JSON.parse(readFileSync(listFile!, 'utf8')) as { tex: string; display: boolean }[];
const start = performance.now();
await Promise.all(formulas.map((f) => formulaImage(f.tex, f.display, cacheDir!)));
console.log(Math.round(performance.now() - start));
