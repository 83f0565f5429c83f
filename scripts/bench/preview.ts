import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright';
import { chromiumArgs, chromiumPath } from '../chromium.ts';

/** Starts `astro preview` of the last production build and resolves once it answers. */
export async function startPreview(port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop: () => process.kill(-child.pid!, 'SIGTERM') };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...(chromiumPath && { executablePath: chromiumPath }), args: [...chromiumArgs] });
}
