import { describe, expect, it } from 'vitest'
import { foldText } from './search'

const slowFold = (text: string) => text.normalize('NFKC').toLocaleLowerCase('ru-RU').replaceAll('ё', 'е')

describe('foldText', () => {
  it('folds plain Russian and ASCII exactly as the full NFKC and ru-RU path does', () => {
    const alphabet = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяABCXYZabcxyz0123456789 -_.,:;!?%()"\''
    for (let index = 0; index < alphabet.length; index++) expect(foldText(alphabet[index]!)).toBe(slowFold(alphabet[index]!))
    for (const text of ['Платье ЛЕТНЕЕ', 'Ёлочная игрушка', 'Кроссовки Nordic Step 42', 'SF-ПЖ-00007']) {
      expect(foldText(text)).toBe(slowFold(text))
    }
  })

  it('still runs anything else through NFKC', () => {
    expect(foldText('№ 5\u00a0ﬁ Ｆｕｌｌ')).toBe('no 5 fi full')
    expect(foldText('Е\u0308лка')).toBe('елка')
  })
})
