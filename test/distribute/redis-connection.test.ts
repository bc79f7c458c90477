import test from 'ava';
import { checkRedis, redisUrlProblem, shownUrl } from '../../src/distribute/redis-connection.ts';
import { freePort, startRedisServer, withRedisServer } from '../helpers/redis-server.ts';
import { SETTINGS } from '../helpers/settings.ts';

test('a Redis URL is redis:// or rediss:// with a host', (t) => {
  for (const ok of ['redis://127.0.0.1:6379', 'redis://:secret@redis.lab:6380/2', 'rediss://cache.example.org']) t.is(redisUrlProblem(ok), null, ok);
  t.regex(redisUrlProblem('localhost:6379')!, /not a Redis URL/);
  t.regex(redisUrlProblem('127.0.0.1:6379')!, /not a URL/);
  t.regex(redisUrlProblem('http://127.0.0.1:6379')!, /not a Redis URL: "http:\/\/127\.0\.0\.1:6379"/);
});

test('a password in the URL is masked in messages', (t) => {
  t.is(shownUrl('redis://:secret@redis.lab:6380/2'), 'redis://:***@redis.lab:6380/2');
  t.is(shownUrl('redis://127.0.0.1:6379'), 'redis://127.0.0.1:6379');
});

test('a Redis that is not there is reported at once, naming the URL, without retrying', async (t) => {
  const url = `redis://:secret@127.0.0.1:${await freePort()}`;
  const error = await t.throwsAsync(checkRedis(url, SETTINGS.distribute.connect.timeoutMs));
  t.regex(error.message, new RegExp(`^cannot connect to Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:\\d+: connect ECONNREFUSED`));
});

withRedisServer('a Redis that is there', () => {
  test('a Redis that answers passes the check', async (t) => {
    const redis = await startRedisServer();
    t.teardown(() => redis.stop());
    await t.notThrowsAsync(checkRedis(redis.url(0), SETTINGS.distribute.connect.timeoutMs));
  });
});
