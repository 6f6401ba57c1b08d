import { useTranslation } from 'react-i18next';
import { languageNames, languages } from '../../i18n/languages.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useChangeLanguage } from './use-change-language.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  const change = useChangeLanguage();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{t('settings.language')}</legend>
      {languages.map((language) => (
        <label key={language} className="segmented__option">
          <input
            type="radio"
            name="language"
            value={language}
            checked={current === language}
            onChange={() => void change(language)}
          />
          <span lang={language}>{languageNames[language]}</span>
        </label>
      ))}
    </fieldset>
  );
}
