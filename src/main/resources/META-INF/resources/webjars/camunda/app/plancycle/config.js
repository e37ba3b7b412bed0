/*
 * PlanCycle's settings for the Camunda webapps (each app's scripts/config.js hands these on).
 *
 * Language: the webapps take the browser's language (its first part only: zh-TW is "zh") when it is listed here, and
 * English for any other language and for every text the chosen language has no translation of. Traditional Chinese
 * comes first; locales/zh.json holds its translations, none yet: no package of a registry carries a Traditional
 * Chinese translation of the 7.24 webapps (docs/adr/0011-webapps-share-the-sign-in.md).
 */
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  // The notice that pointed first-time users of the webapps' own login to Camunda's welcome page: that login is
  // never shown (PlanCycle signs people in).
  disableWelcomeMessage: true,
  // Relative to each app's folder.
  customScripts: ['../plancycle/sign-in'],
  // On the Welcome page (/camunda/app/): the way back.
  links: [
    {
      label: 'PlanCycle',
      href: '/',
      description: '施政計畫暨績效評估系統'
    }
  ]
};
