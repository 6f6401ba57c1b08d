import { useOptimistic, useTransition } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames, languages, type Language } from '../../i18n/languages.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useChangeLanguage } from './use-change-language.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  const change = useChangeLanguage();
  // The tapped option shows as chosen at once, while the choice is saved on the device.
  const [shown, showChosen] = useOptimistic<Language>(current);
  const [, startTransition] = useTransition();

  function choose(language: Language) {
    startTransition(async () => {
      showChosen(language);
      await change(language);
    });
  }

  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{t('settings.language')}</legend>
      {languages.map((language) => (
        <label key={language} className="segmented__option">
          <input
            type="radio"
            name="language"
            value={language}
            checked={shown === language}
            onChange={() => choose(language)}
          />
          <span lang={language}>{languageNames[language]}</span>
        </label>
      ))}
    </fieldset>
  );
}
