import { languageName } from '../../../core/language/index.js';
import type { Relaxation } from '../../../core/match/index.js';
import type { LocaleController } from '../../../i18n/locale-controller.js';

/** What the view needs of an engine relaxation: the step and its count (core/match/types.ts). */
export type RelaxationView = Relaxation;

/** "Umkreis auf 25 km erweitern (3 Treffer)": the engine's next step in the resident's words. */
export function relaxationLabel(i18n: LocaleController, relaxation: RelaxationView): string {
  const count = i18n.t('states.relax.count', relaxation.count);
  let action: string;
  switch (relaxation.code) {
    case 'radius':
      action = i18n.t('states.relax.radius', relaxation.params.toKm);
      break;
    case 'language-substitute':
      action = i18n.t('states.relax.language-substitute', languageName(relaxation.params.code, i18n.locale));
      break;
    case 'drop-text':
      action = i18n.t('states.relax.drop-text', relaxation.params.text);
      break;
    case 'drop-levels':
    case 'drop-childcare':
    case 'drop-audience':
    case 'drop-dayparts':
    case 'drop-days':
    case 'drop-start':
    case 'drop-free':
    case 'drop-seats':
    case 'include-full':
    case 'drop-program':
    case 'drop-format':
    case 'drop-kommune':
    case 'drop-mode':
    case 'drop-setting':
    case 'drop-date':
      action = i18n.t(`states.relax.${relaxation.code}`);
      break;
    default:
      // A newer core may offer a step this view does not know yet: still a usable button.
      action = i18n.t('states.relax.other');
  }
  return `${action} ${count}`;
}
