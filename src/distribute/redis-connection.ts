// Reaching the Redis both sides share. ioredis retries a connection forever by default, so a wrong
// URL would hang silently: one probe with no retries says at once, naming the URL, that it cannot be
// reached; once it answers, the coordinator and workers connect with retries, and ride out a dropped
// connection.
import { Redis } from 'ioredis';
import { errorMessage } from '../error-message.ts';

/** Why `text` is not a Redis URL, or null. */
export function redisUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `not a URL: "${text}" (expected redis://HOST:PORT)`;
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return `not a Redis URL: "${text}" (expected redis://HOST:PORT or rediss:// for TLS)`;
  return url.hostname ? null : `no host in "${text}" (expected redis://HOST:PORT)`;
}

/** The URL as messages show it: a password in it is masked. */
export function shownUrl(text: string): string {
  const url = new URL(text);
  if (url.password) url.password = '***';
  return url.href;
}

/** Options for BullMQ's connections: retried when dropped (BullMQ's own backoff), but a first connection that hangs times out. */
export const connectionOptions = (url: string, connectTimeoutMs: number) => ({ url, connectTimeout: connectTimeoutMs });

/** Connects once, without retries, and pings; rejects naming the URL when Redis does not answer within `timeoutMs`. */
export async function checkRedis(url: string, timeoutMs: number): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let lastError: unknown;
  // The error of a failed connection arrives as an event before connect() rejects with a vaguer one.
  client.on('error', (e: unknown) => (lastError ??= e));
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    throw new Error(`cannot connect to Redis at ${shownUrl(url)}: ${errorMessage(lastError ?? e)}`, { cause: e });
  } finally {
    client.disconnect();
  }
}
