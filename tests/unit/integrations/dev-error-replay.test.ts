import { describe, expect, it } from 'vitest';
import type { HotPayload } from 'vite';
import { errorReplay, type HotClient } from '../../../src/integrations/dev-error-replay';

function tab(): HotClient & { received: HotPayload[] } {
  const received: HotPayload[] = [];
  return { received, send: (payload) => received.push(payload) };
}

const error: HotPayload = { type: 'error', err: { message: 'content/issues/0001-fixture.mdx:4: number: …', stack: '' } };

describe('the dev server’s error replay', () => {
  it('gives a page’s error to a tab that connects after it was sent', () => {
    const replay = errorReplay();
    replay.pageServed(false);
    replay.sent(error);
    const late = tab();
    replay.connected(late);
    expect(late.received).toEqual([error]);
  });

  it('forgets the error once a page renders, and reloads the tabs still showing it', () => {
    const replay = errorReplay();
    const showingError = tab();
    replay.connected(showingError);
    replay.pageServed(false);
    replay.sent(error);
    replay.pageServed(true);
    expect(showingError.received).toEqual([{ type: 'full-reload', path: '*' }]);
    const next = tab();
    replay.connected(next);
    expect(next.received).toEqual([]);
  });

  it('keeps the error through pages that fail, and reloads no tab when nothing was wrong', () => {
    const replay = errorReplay();
    const open = tab();
    replay.connected(open);
    replay.pageServed(true);
    expect(open.received).toEqual([]);
    replay.pageServed(false);
    replay.sent(error);
    replay.pageServed(false);
    const late = tab();
    replay.connected(late);
    expect(late.received).toEqual([error]);
  });

  it('reloads only the tabs still connected', () => {
    const replay = errorReplay();
    const closed = tab();
    replay.connected(closed);
    replay.pageServed(false);
    replay.sent(error);
    replay.disconnected(closed);
    replay.pageServed(true);
    expect(closed.received).toEqual([]);
  });

  it('keeps no error that arrives after a page rendered: it belongs to an older page', () => {
    const replay = errorReplay();
    replay.pageServed(false);
    replay.pageServed(true);
    replay.sent(error);
    const next = tab();
    replay.connected(next);
    expect(next.received).toEqual([]);
  });

  it('passes over other messages', () => {
    const replay = errorReplay();
    replay.pageServed(false);
    replay.sent({ type: 'full-reload', path: '*' });
    const late = tab();
    replay.connected(late);
    expect(late.received).toEqual([]);
  });
});
