import test from 'ava';
import { runLog, type RunLogOptions } from '../../src/cli/run-log.ts';

/** What the log writes to stderr and stdout while `act` runs. */
function captured(options: RunLogOptions, act: (log: ReturnType<typeof runLog>) => void): { stderr: string; stdout: string } {
  const got = { stderr: '', stdout: '' };
  const { stderr, stdout } = process;
  const writes = { stderr: stderr.write, stdout: stdout.write };
  stderr.write = ((chunk: string) => ((got.stderr += chunk), true)) as typeof stderr.write;
  stdout.write = ((chunk: string) => ((got.stdout += chunk), true)) as typeof stdout.write;
  try {
    act(runLog(options));
  } finally {
    stderr.write = writes.stderr;
    stdout.write = writes.stdout;
  }
  return got;
}

test.serial('a terminal shows the stage after the bar, on the line the next output takes over', (t) => {
  const { stderr } = captured({ quiet: false, json: false, tty: true }, (log) => {
    log.article('a.txt', 1, 1);
    log.stage('moon', 'compare', 1);
    log.line('moon: done');
  });
  const clear = '\r\x1b[K';
  t.true(stderr.endsWith(`${clear}  moon: comparing the outlets…${clear}moon: done\n`), JSON.stringify(stderr));
});

test.serial('a plain log names the stages of a story long enough for progress lines, and stays quiet for a short one', (t) => {
  const long = captured({ quiet: false, json: false, tty: false }, (log) => {
    log.stage('big', 'compare', 500);
    log.stage('big', 'report', 500);
    log.stage(null, 'corpus', 500);
  });
  t.is(long.stderr, '  big: comparing the outlets…\n  big: writing the report and article pages…\n  pooling the corpus across stories…\n');
  t.is(captured({ quiet: false, json: false, tty: false }, (log) => log.stage('small', 'compare', 5)).stderr, '');
  t.is(captured({ quiet: true, json: false, tty: true }, (log) => log.stage('big', 'compare', 500)).stderr, '', '--quiet: errors only');
});

test.serial('--json gives each stage as an event', (t) => {
  const { stdout, stderr } = captured({ quiet: false, json: true, tty: false }, (log) => log.stage('moon', 'report', 5));
  t.deepEqual(JSON.parse(stdout), { event: 'stage', story: 'moon', stage: 'report' });
  t.is(stderr, '');
});
