import test from 'ava';
import { middleNameVariants, nameParts } from '../../../src/analyze/actors/name-variants.ts';

test('nameParts: given name, middle names, surname and suffix; none for one word', (t) => {
  t.deepEqual(nameParts('Martin Luther King Jr.'), { first: 'martin', middle: ['luther'], surname: 'king', suffix: 'jr' });
  t.deepEqual(nameParts('John W. Raymond'), { first: 'john', middle: ['w'], surname: 'raymond', suffix: '' });
  t.is(nameParts('Putin'), null);
});

test('middleNameVariants: a name without the middle name goes to the one with it, unless two middle names go with it', (t) => {
  t.deepEqual([...middleNameVariants(['John W. Raymond', 'John Raymond', 'Raymond', 'Jane Raymond'])], [['John Raymond', 'John W. Raymond']]);
  t.deepEqual([...middleNameVariants(['George W. Bush', 'George H. W. Bush', 'George Bush'])], []);
  t.deepEqual([...middleNameVariants(['Donald John Trump', 'Donald Trump Jr'])], []);
});
