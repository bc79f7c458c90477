// The data tables, each read and checked against its schema the first time a module of this process
// asks for it, then shared: a table a stage never uses is never read. A command checks them all as it
// starts (checkTables), so a table edited into the wrong shape stops it before any work, naming the
// file, the place in it and the problem.
import { join } from 'node:path';
import { DATA_DIR, readChecked } from './read-checked.ts';
import { TABLE_FILES, type TableName, type Tables } from './tables-schema.ts';

const read = new Map<TableName, unknown>();

/** The table `name` of the bundled data/, read once per process. */
export function table<K extends TableName>(name: K): Tables[K] {
  let value = read.get(name);
  if (value === undefined) {
    value = readChecked(join(DATA_DIR, `${name}.json`), TABLE_FILES[name]);
    read.set(name, value);
  }
  return value as Tables[K];
}

/** Reads and checks every table of `dir`, keeping none: the first problem is thrown as a SettingsError. */
export function checkTables(dir = DATA_DIR): void {
  for (const [name, schema] of Object.entries(TABLE_FILES)) readChecked(join(dir, `${name}.json`), schema);
}
