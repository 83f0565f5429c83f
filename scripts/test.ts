/**
 * `npm test`: every stage of the test suite, in two lanes that run side by side (this is a
 * two-core machine; more lanes only make each stage slower), and a table of each stage's time at
 * the end. Lane one checks the source and builds the fixtures; lane two makes the two production
 * builds and then runs the end-to-end tests against them. Any failed stage fails the run; a stage
 * whose input failed is skipped. A stage's output is printed when it ends, in one piece.
 */
import { spawn } from 'node:child_process';

interface Stage {
  name: string;
  command: string;
}

const systemDeps: Stage = { name: 'system dependencies', command: 'bash scripts/ensure-system-deps.sh' };
const lanes: Stage[][] = [
  [
    { name: 'dependency audit', command: 'node scripts/audit.ts' },
    { name: 'lint and format', command: 'npm run lint' },
    { name: 'type check', command: 'npx astro check' },
    { name: 'unit tests', command: 'npx vitest run tests/unit' },
    { name: 'fixture builds', command: 'npx vitest run tests/build' },
  ],
  [
    { name: 'build', command: 'npm run build' },
    { name: 'build (base path)', command: 'npm run build:base' },
    { name: 'end-to-end tests', command: 'npx playwright test' },
  ],
];

interface Result {
  name: string;
  seconds: number;
  status: 'passed' | 'failed' | 'skipped';
}

function run(stage: Stage): Promise<Result> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', stage.command], { env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      const status = code === 0 ? 'passed' : 'failed';
      process.stdout.write(`\n━━ ${stage.name} (${stage.command}): ${status} in ${seconds.toFixed(0)} s\n${output}`);
      resolve({ name: stage.name, seconds, status });
    });
  });
}

async function runLane(stages: Stage[], results: Result[]): Promise<void> {
  let failed = false;
  for (const stage of stages) {
    // Later stages of a lane use what earlier ones made (e2e needs the builds), so a failure stops the lane.
    if (failed) {
      results.push({ name: stage.name, seconds: 0, status: 'skipped' });
      continue;
    }
    const result = await run(stage);
    results.push(result);
    failed = result.status === 'failed';
  }
}

// TEST_GLOSSARY_TERMS=160 runs every stage on a copy of content/ grown to that many terms, to time the suite as the glossary grows.
const grownTerms = process.env['TEST_GLOSSARY_TERMS'];
const preparation: Stage[] = [systemDeps];
if (grownTerms) {
  const dir = `.cache/content-${grownTerms}`;
  preparation.push({ name: `glossary of ${grownTerms} terms`, command: `node scripts/bench/grow-glossary.ts ${dir} ${grownTerms}` });
  process.env['CONTENT_DIR'] = dir;
}

const started = Date.now();
const results: Result[] = [];
// Each preparation needs the one before it: stop at the first that fails, and run no lane.
for (const stage of preparation) {
  const result = await run(stage);
  results.push(result);
  if (result.status !== 'passed') break;
}
if (results.every((r) => r.status === 'passed')) {
  const laneResults = lanes.map(() => [] as Result[]);
  await Promise.all(lanes.map((lane, i) => runLane(lane, laneResults[i]!)));
  results.push(...laneResults.flat());
}
const total = (Date.now() - started) / 1000;

const width = Math.max(...results.map((r) => r.name.length), 'total (wall clock)'.length);
const minutes = (s: number) =>
  `${Math.floor(s / 60)}:${Math.round(s % 60)
    .toString()
    .padStart(2, '0')}`;
console.log('\nStage times (lanes run side by side, so the total is less than the sum):');
for (const r of results) console.log(`  ${r.name.padEnd(width)}  ${minutes(r.seconds).padStart(6)}  ${r.status}`);
console.log(`  ${'total (wall clock)'.padEnd(width)}  ${minutes(total).padStart(6)}`);
process.exit(results.every((r) => r.status !== 'failed') ? 0 : 1);
