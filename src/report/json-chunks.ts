// JSON.stringify(value, null, 2) of a report, in pieces: the report of a story of thousands of
// articles can be larger than the longest string V8 can make, so it is written piece by piece: the
// objects on the way to a streamed path one property at a time, and the streamed lists one item at
// a time. The bytes are those JSON.stringify would give.

const pad = (depth: number): string => ' '.repeat(depth * 2);
const indented = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad(depth)}`);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `streamed`: dotted paths of the lists to write an item at a time ("articles", "comparison.claims.claims"). */
export function* jsonChunks(value: object, streamed: ReadonlySet<string>): Generator<string> {
  const prefixes = new Set([...streamed].flatMap((path) => path.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
  function* write(v: unknown, path: string, depth: number): Generator<string> {
    if (Array.isArray(v) && v.length > 0 && streamed.has(path)) {
      for (const [i, item] of v.entries()) yield `${i ? ',' : '['}\n${pad(depth + 1)}${indented(item, depth + 1)}`;
      yield `\n${pad(depth)}]`;
    } else if (isObject(v) && (path === '' || prefixes.has(path))) {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return yield '{}';
      for (const [i, [key, x]] of entries.entries()) {
        yield `${i ? ',' : '{'}\n${pad(depth + 1)}${JSON.stringify(key)}: `;
        yield* write(x, path ? `${path}.${key}` : key, depth + 1);
      }
      yield `\n${pad(depth)}}`;
    } else {
      yield indented(v, depth);
    }
  }
  yield* write(value, '', 0);
  yield '\n';
}
