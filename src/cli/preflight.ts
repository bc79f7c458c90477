// Imported first by every command, so that it runs before any module that reads a data table as it
// loads: a table edited into the wrong shape ends the command at once with one line naming the file,
// the place in it and the problem, instead of a stack trace from whichever module read it first.
import { SettingsError } from '../settings/read-checked.ts';
import { checkTables } from '../settings/tables.ts';

try {
  checkTables();
} catch (e) {
  if (!(e instanceof SettingsError)) throw e;
  process.stderr.write(`framelens: cannot start: ${e.message}\n`);
  process.exit(2);
}
