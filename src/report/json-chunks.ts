// JSON.stringify(value, null, indent) of a large value, in pieces: the report of a story of thousands
// of articles can be larger than the longest string V8 can make, and a corpus digest as one string
// would double the run's peak memory, so they are written piece by piece: the objects on the way to
// a streamed path one property at a time, and the streamed lists one item at a time. The bytes are
// those JSON.stringify would give.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `streamed`: dotted paths of the lists to write an item at a time ("articles",
 * "comparison.claims.claims"); `indent`: spaces per level, as JSON.stringify's third argument (0 for
 * compact JSON).
 */
export function* jsonChunks(value: object, streamed: ReadonlySet<string>, indent = 2): Generator<string> {
  const prefixes = new Set([...streamed].flatMap((path) => path.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
  // What comes before a member at `depth`: a new line and its indentation, nothing in compact JSON.
  const line = (depth: number): string => (indent ? `\n${' '.repeat(depth * indent)}` : '');
  const indented = (v: unknown, depth: number): string => JSON.stringify(v, null, indent).replace(/\n/g, line(depth));
  const colon = indent ? ': ' : ':';
  function* write(v: unknown, path: string, depth: number): Generator<string> {
    if (Array.isArray(v) && v.length > 0 && streamed.has(path)) {
      for (const [i, item] of v.entries()) yield `${i ? ',' : '['}${line(depth + 1)}${indented(item, depth + 1)}`;
      yield `${line(depth)}]`;
    } else if (isObject(v) && (path === '' || prefixes.has(path))) {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return yield '{}';
      for (const [i, [key, x]] of entries.entries()) {
        yield `${i ? ',' : '{'}${line(depth + 1)}${JSON.stringify(key)}${colon}`;
        yield* write(x, path ? `${path}.${key}` : key, depth + 1);
      }
      yield `${line(depth)}}`;
    } else {
      yield indented(v, depth);
    }
  }
  yield* write(value, '', 0);
  yield '\n';
}
