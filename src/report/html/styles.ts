// The stylesheet lives in styles.css so it can be edited as CSS; it is read once and inlined,
// because the report must open from file:// with nothing else beside it.
import { readFileSync } from 'node:fs';

export const STYLES: string = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
