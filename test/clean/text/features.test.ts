import test from 'ava';
import { features, hasStoplist, isBodyLike } from '../../../src/clean/text/features.ts';
import { cleanText } from '../../../src/clean/text/clean-text.ts';

test('a page without English stop words is judged by length, Han and kana weighted up', (t) => {
  const pt = 'A prefeitura anunciou nesta segunda-feira que a nova ponte sobre o rio será aberta na primavera, dois anos depois do previsto.';
  t.false(hasStoplist([features(pt), features(pt)]));
  t.false(isBodyLike(features(pt), true));
  t.true(isBodyLike(features(pt), false));
  t.true(isBodyLike(features('市は月曜日、新しい橋が春に開通すると発表した。'), false));
});

test('a Portuguese article keeps its paragraphs', (t) => {
  const body = [
    'A prefeitura anunciou nesta segunda-feira que a nova ponte sobre o rio será aberta na primavera, dois anos depois do previsto.',
    'Os engenheiros descobriram que as fundações precisavam de mais trabalho do que o esperado, e a empresa pediu mais tempo.',
  ];
  const r = cleanText(`• Início\n• Notícias\n\nNova ponte será aberta na primavera\n\n${body.join('\n\n')}\n`);
  t.deepEqual(
    r.blocks.map((b) => b.text),
    body,
  );
});
