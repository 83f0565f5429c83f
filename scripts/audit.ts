/**
 * The dependency gate in `npm test`: no high or critical advisory in the
 * packages the site ships (`npm audit --omit=dev`). Some networks, this
 * project's build machines among them, answer npm's advisory endpoint with an
 * error; then the audit cannot run at all, and this says so loudly instead of
 * failing every build for a reason no change to the code can fix.
 */
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit-verdict.ts';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
const verdict = auditVerdict(JSON.parse(run.stdout || '{}'), run.stderr);

if (verdict.kind === 'unavailable') {
  console.warn(`\n⚠ Dependency audit NOT run: npm's advisory service did not answer (${verdict.why}).\n`);
} else {
  console.log(`npm audit --omit=dev: ${verdict.summary}`);
  if (verdict.kind === 'failing') {
    console.error('High or critical advisories in shipped dependencies: run `npm audit --omit=dev` for details.');
    process.exit(1);
  }
}
