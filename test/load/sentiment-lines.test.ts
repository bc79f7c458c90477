import test from 'ava';
import { formatOf, parseJsonlLine, parseLines, parseTsvLine } from '../../src/load/sentiment-lines.ts';

test('a TSV line is id, rating, text', (t) => {
  t.deepEqual(parseTsvLine('s1\t-1.25\tThe plan fell apart.'), { ok: true, item: { id: 's1', text: 'The plan fell apart.', rating: -1.25 } });
});

test('a TSV line with the wrong column count or a non-numeric rating is an error', (t) => {
  const four = parseTsvLine('s1\t1\tone\ttwo');
  t.false(four.ok);
  t.regex(!four.ok ? four.error : '', /expected 3 .* found 4/);
  t.false(parseTsvLine('s1\tThe plan fell apart.').ok);
  t.false(parseTsvLine('s1\tmuch\tThe plan fell apart.').ok);
  t.false(parseTsvLine('s1\t\tThe plan fell apart.').ok);
});

test('a TSV line with an empty id or text is an error naming the field', (t) => {
  const error = (line: string) => {
    const r = parseTsvLine(line);
    return r.ok ? '' : r.error;
  };
  t.is(error('\t1\tThe plan fell apart.'), 'id is empty');
  t.is(error('s1\t1\t  '), 'text is empty');
});

test('a JSON line gives id, text and targets with gold polarity mapped from 2/4/6', (t) => {
  const line = JSON.stringify({
    primary_gid: 'g1',
    sentence_normalized: 'Ana thanked Ben.',
    targets: [
      { from: 0, to: 3, mention: 'Ana', polarity: 6.0, extra: true },
      { from: 12, to: 15, mention: 'Ben', polarity: 4.0 },
    ],
  });
  t.deepEqual(parseJsonlLine(line), {
    ok: true,
    item: {
      id: 'g1',
      text: 'Ana thanked Ben.',
      targets: [
        { from: 0, to: 3, mention: 'Ana', gold: 1 },
        { from: 12, to: 15, mention: 'Ben', gold: 0 },
      ],
    },
  });
});

test('targets may lack a polarity or be absent', (t) => {
  const r = parseJsonlLine('{"primary_gid": "g", "sentence_normalized": "Hi there.", "targets": [{"from": 0, "to": 2}]}');
  t.deepEqual(r.ok && r.item.targets, [{ from: 0, to: 2 }]);
  const none = parseJsonlLine('{"primary_gid": "g", "sentence_normalized": "Hi there."}');
  t.deepEqual(none.ok && none.item.targets, []);
});

test('bad JSON lines: invalid JSON, missing fields, offsets outside the text, unknown polarity', (t) => {
  const error = (line: string) => {
    const r = parseJsonlLine(line);
    return r.ok ? '' : r.error;
  };
  t.regex(error('{"primary_gid": "g"'), /invalid JSON/);
  t.regex(error('[1, 2]'), /not a JSON object/);
  t.regex(error('{"sentence_normalized": "x"}'), /primary_gid/);
  t.regex(error('{"primary_gid": "g", "sentence_normalized": 3}'), /sentence_normalized/);
  t.is(error('{"primary_gid": " ", "sentence_normalized": "Hi."}'), '"primary_gid" is empty');
  t.is(error('{"primary_gid": "g", "sentence_normalized": ""}'), '"sentence_normalized" is empty');
  t.regex(error('{"primary_gid": "g", "sentence_normalized": "Hi.", "targets": {}}'), /must be an array/);
  t.regex(error('{"primary_gid": "g", "sentence_normalized": "Hi.", "targets": [{"from": 1, "to": 9}]}'), /outside the text/);
  t.regex(error('{"primary_gid": "g", "sentence_normalized": "Hi.", "targets": [{"from": 2, "to": 2}]}'), /outside the text/);
  t.regex(error('{"primary_gid": "g", "sentence_normalized": "Hi.", "targets": [{"from": "0", "to": 2}]}'), /integer/);
  t.regex(error('{"primary_gid": "g", "sentence_normalized": "Hi.", "targets": [{"from": 0, "to": 2, "polarity": 5}]}'), /2, 4 or 6/);
});

test('parseLines numbers lines from 1 and skips blank ones; formatOf reads the extension', (t) => {
  const lines = parseLines('a\t1\tOne.\r\n\nb\t2\n', 'tsv');
  t.deepEqual(
    lines.map((l) => [l.line, l.parsed.ok]),
    [
      [1, true],
      [3, false],
    ],
  );
  t.is(formatOf('x/y.TSV'), 'tsv');
  t.is(formatOf('y.jsonl'), 'jsonl');
  t.is(formatOf('y.json'), null);
});
