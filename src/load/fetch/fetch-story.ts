// The story's URLs turned into snapshot files: a URL with a snapshot is read from it (unless
// --refresh, which asks the server whether the page changed), any other is fetched politely,
// robots.txt first, and its page or its failure saved. The snapshots are then read like any page.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { checkUrlScheme, fetchPage, fetchSettings, type FetchFailure, type FetchSettings } from './fetch-page.ts';
import { HostQueue } from './host-queue.ts';
import { RobotsCache } from './robots.ts';
import { failureText, readSnapshot, snapshotFile, snapshotText, type Snapshot } from './snapshot.ts';
import { writeAtomically } from '../../write-atomic.ts';
import type { Source } from '../sources.ts';
import type { Diagnostic, GivenMeta } from '../../types.ts';
import type { Settings } from '../../settings/settings-schema.ts';
import { diagnostic } from '../../diagnostics.ts';

export interface FetchProgress {
  url: string;
  state: 'fetched' | 'cached' | 'not-modified' | 'robots' | 'failed';
  message?: string;
  /** URLs done so far, this one included, of `total`. */
  done: number;
  total: number;
}

export interface FetchStoryOptions {
  settings: Pick<Settings, 'fetch'>;
  refresh?: boolean;
  /** Pause between two requests to one host (data/fetch.json unless given). */
  hostDelayMs?: number;
  onProgress?: (progress: FetchProgress) => void;
}

const SNAPSHOT_KINDS = ['html', 'text'] as const;

/** The URL's snapshot, as a page (.html), as plain text (.txt) or as a failure, and its file. */
async function existing(storyDir: string, url: string): Promise<{ file: string; snapshot: Snapshot }> {
  for (const kind of SNAPSHOT_KINDS) {
    const file = snapshotFile(url, kind);
    try {
      return { file, snapshot: readSnapshot(await readFile(join(storyDir, file), 'utf8')) };
    } catch {
      // Not this one.
    }
  }
  return { file: snapshotFile(url), snapshot: null };
}

export async function fetchSources(storyDir: string, sources: readonly Source[], options: FetchStoryOptions): Promise<{ given: Map<string, GivenMeta>; diagnostics: Diagnostic[] }> {
  const base = fetchSettings(options.settings.fetch);
  const robots = new RobotsCache(base);
  // A redirect is followed only where robots.txt allows it too.
  const settings: FetchSettings = {
    ...base,
    mayFollow: async (url) => {
      const verdict = await robots.check(url);
      return verdict.allowed ? null : (verdict.reason ?? 'disallowed by robots.txt');
    },
  };
  const hostDelayMs = options.hostDelayMs ?? options.settings.fetch.politeness.hostDelayMs;
  const queue = new HostQueue({ concurrency: options.settings.fetch.politeness.concurrency, hostDelayMs, sleep: settings.sleep });
  const given = new Map<string, GivenMeta>();
  const notes: Array<Diagnostic | null> = [];
  let done = 0;

  const one = async (source: Source, index: number): Promise<void> => {
    const { file, snapshot: before } = await existing(storyDir, source.url);
    // The outlet sources.txt gives goes to whichever snapshot the page ends up in (.html or .txt).
    if (source.outlet) for (const kind of SNAPSHOT_KINDS) given.set(snapshotFile(source.url, kind), { outlet: source.outlet });
    const report = (state: FetchProgress['state'], message?: string): void => options.onProgress?.({ url: source.url, state, ...(message ? { message } : {}), done: ++done, total: sources.length });
    if (before && !options.refresh) return report('cached');
    const fail = async (failure: FetchFailure): Promise<void> => {
      report(failure.reason === 'robots' ? 'robots' : 'failed', failure.message);
      if (before?.kind === 'page' || before?.kind === 'invalid') {
        // A refresh that fails keeps the page fetched before, and says so.
        const kept = before.kind === 'page' ? `fetched ${before.record.fetchedAt}` : `(its record unreadable: ${before.problem})`;
        notes[index] = diagnostic('refresh-failed', file, `could not refresh ${source.url} (${failure.message}); kept the snapshot ${kept}`);
        return;
      }
      await writeAtomically(join(storyDir, file), failureText({ ...failure, fetchedAt: new Date().toISOString() }));
    };
    const problem = checkUrlScheme(source.url);
    if (problem) return fail(problem);
    const host = new URL(source.url).host;
    const verdict = robots.known(source.url) ? await robots.check(source.url) : await queue.run(host, () => robots.check(source.url));
    if (!verdict.allowed) return fail({ url: source.url, reason: 'robots', message: verdict.reason ?? 'disallowed by robots.txt' });
    const delay = Math.max(hostDelayMs, verdict.crawlDelayMs ?? 0);
    const conditional = before?.kind === 'page' ? { etag: before.record.etag, lastModified: before.record.lastModified } : undefined;
    const outcome = await queue.run(host, () => fetchPage(source.url, settings, conditional), delay);
    if (outcome.kind === 'failed') return fail(outcome.failure);
    if (outcome.kind === 'not-modified') return report('not-modified');
    // A page that changed kind (HTML to text) leaves its old snapshot behind; it is replaced here.
    const kind = outcome.record.contentType === 'text/plain' ? 'text' : 'html';
    const target = snapshotFile(source.url, kind);
    await writeAtomically(join(storyDir, target), snapshotText(outcome.record, outcome.text));
    if (target !== file && before) await rm(join(storyDir, file), { force: true });
    report('fetched');
  };

  await Promise.all(sources.map(one));
  return { given, diagnostics: notes.filter((d): d is Diagnostic => d !== null && d !== undefined) };
}
