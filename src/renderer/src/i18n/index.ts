import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { ru } from './ru'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof ru }
  }
}

/** Starts i18next in Russian; the saved locale from app.status is applied later (see useLocaleFromAppStatus). */
export function initI18n(): typeof i18n {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language
  })
  void i18n.use(initReactI18next).init({
    resources: { ru: { translation: ru }, en: { translation: en } },
    lng: 'ru',
    fallbackLng: 'ru',
    supportedLngs: ['ru', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false }
  })
  return i18n
}
