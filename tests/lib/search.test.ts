import { describe, expect, it } from 'vitest';
import { ftsMatchExpression, nameSpellings, searchTerms } from '../../src/lib/search.js';

describe('name spellings', () => {
  const spellings = nameSpellings([
    { name: 'Alexander Lukashenko', nameSource: 'Alexandre Loukachenko' },
    { name: 'Kim Jong Un', nameSource: 'Kim Jong-un' },
    { name: 'Xi Jinping', nameSource: 'Xi Jinping' },
    { name: 'Ebrahim Raisi', nameSource: 'Ebrahim Raïssi' },
    { name: 'Javad Owji', nameSource: null },
  ]);

  it('pairs a name’s words as recorded and as the source spells them, both ways, folded', () => {
    expect(Object.fromEntries(spellings)).toEqual({
      alexander: ['alexandre'],
      alexandre: ['alexander'],
      lukashenko: ['loukachenko'],
      loukachenko: ['lukashenko'],
      raisi: ['raissi'],
      raissi: ['raisi'],
    });
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
