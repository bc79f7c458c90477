// How many articles a machine works on at once by default: every core the process may use. A module
// of its own so that commands can print it without loading the analyzer.
import { availableParallelism } from 'node:os';

export const defaultJobs = (): number => availableParallelism();
