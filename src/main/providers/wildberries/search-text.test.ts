import { describe, expect, it } from 'vitest'
import { foldText } from '../../db/search'
import { searchText } from './search-text'

describe('searchText', () => {
  it('folds like foldText over the joined parts', () => {
    const samples: Array<Array<string | number>> = [
      ['SF-ПЖ-00007', 246423302, '2044707077918', '1850880474'],
      ['Ёлочные ИГРУШКИ', 'Бренд «Ёж»', 'ﬁle Ｆｕｌｌ', 'ΣΟΦΟΣ', 'ΟΔΟΣ ΣΑΣ'],
      ['', 'A', '  ', 'İstanbul', 'ǅemal', 'Straße'],
      ['11.rf9ef11fce1684117b0nhj96222982382.3.0', 'S9993700024', 'R0000001']
    ]
    for (const parts of samples) expect(searchText(parts)).toBe(foldText(parts.join(' ')))
  })
})
