import type { Catalog } from '../../../i18n/catalog-type'

/** Wildberries' own texts of this screen (its section of the detail panel); the app's catalogue (i18n/ru.ts) takes them in whole, and the English below key for key. */
export const wildberriesProductRu = {
  wbProduct: {
    title: 'Данные Wildberries',
    imtId: 'ID карточки (imtID)',
    subjectId: 'ID предмета (subjectID)',
    dimensions: 'Габариты упаковки',
    dimensionsValue: '{{length}} × {{width}} × {{height}} см, {{weight}} кг',
    noDimensions: 'Габариты не указаны',
    characteristics: 'Характеристики',
    characteristic: 'Характеристика',
    value: 'Значение',
    noCharacteristics: 'Характеристики не заполнены'
  }
}

export const wildberriesProductEn: Catalog<typeof wildberriesProductRu> = {
  wbProduct: {
    title: 'Wildberries data',
    imtId: 'Card ID (imtID)',
    subjectId: 'Subject ID (subjectID)',
    dimensions: 'Package dimensions',
    dimensionsValue: '{{length}} × {{width}} × {{height}} cm, {{weight}} kg',
    noDimensions: 'Dimensions are not set',
    characteristics: 'Characteristics',
    characteristic: 'Characteristic',
    value: 'Value',
    noCharacteristics: 'No characteristics'
  }
}
