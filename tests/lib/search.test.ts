import { describe, expect, it } from 'vitest';
import { ftsMatchExpression, nameSpellings, searchTerms } from '../../src/lib/search.js';

describe('name spellings', () => {
  const spellings = nameSpellings([
    { name: 'Alexander Lukashenko', nameSource: 'Alexandre Loukachenko' },
    { name: 'Vladimir Putin', nameSource: 'Poutine' },
    { name: 'Kim Jong Un', nameSource: 'Kim Jong-un' },
    { name: 'Ebrahim Raisi', nameSource: 'Ebrahim Raïssi' },
    { name: 'Viktor Orbán', nameSource: 'Orbán Viktor' },
    { name: 'Osama bin Laden', nameSource: 'Oussama ben Laden' },
    { name: 'Javad Owji', nameSource: null },
  ]);

  it('pairs each word of a name with its other spelling, both ways, folded, whatever the words’ order and count', () => {
    expect(Object.fromEntries(spellings)).toEqual({
      alexander: ['alexandre'],
      alexandre: ['alexander'],
      lukashenko: ['loukachenko'],
      loukachenko: ['lukashenko'],
      putin: ['poutine'],
      poutine: ['putin'],
      raisi: ['raissi'],
      raissi: ['raisi'],
      osama: ['oussama'],
      oussama: ['osama'],
    });
    // Not paired: a word with another word of the name (Viktor, Orbán), short particles (bin, ben).
  });

  it('expands a search word that is one of them, whatever its case and accents, and no other', () => {
    expect(searchTerms('LOUKACHENKO drones', spellings)).toEqual([
      { kind: 'word', word: 'LOUKACHENKO', alternates: ['lukashenko'] },
      { kind: 'word', word: 'drones', alternates: [] },
    ]);
    expect(ftsMatchExpression('Raïssi armes', ['statement'], spellings)).toBe(
      '{statement} : (("Raïssi"* OR "raisi"*) AND "armes"*)',
    );
    expect(ftsMatchExpression('Raïssi', [])).toBe('"Raïssi"*');
  });
});
