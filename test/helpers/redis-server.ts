// A throwaway Redis for the distributed-mode tests: Debian's redis-server on 127.0.0.1, on a free
// port, saving nothing to disk, stopped when the tests end. Without redis-server the tests are
// skipped locally and fail in CI (CI set), as the browser test does without Chromium.
import test from 'ava';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

const INSTALL = "install Debian's redis-server (`apt-get install -y redis-server`, as .ci/run does)";

export const redisServerPath: string | null =
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'redis-server'))
    .find((path) => existsSync(path)) ?? null;

/** Registers the tests `register` adds when redis-server is installed; otherwise one that says why they did not run. */
export function withRedisServer(what: string, register: () => void): void {
  if (redisServerPath) register();
  else if (process.env.CI) test(`${what} (redis-server is required in CI)`, (t) => t.fail(`redis-server not found on PATH: ${INSTALL}`));
  else test.skip(`${what}: skipped, no redis-server on PATH; to run it, ${INSTALL}`, () => {});
}

/** A port nothing listens on now: for a server to start on, or for a client to find closed. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RedisServer {
  /** The URL of one of its 16 databases: tests that run at once each take their own. */
  url: (db: number) => string;
  stop: () => Promise<void>;
}

/** Starts redis-server and resolves once it accepts connections. */
export async function startRedisServer(): Promise<RedisServer> {
  if (!redisServerPath) throw new Error('no redis-server on PATH');
  const port = await freePort();
  const child = spawn(redisServerPath, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: (db) => `redis://127.0.0.1:${port}/${db}`,
    stop: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
