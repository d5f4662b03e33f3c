import type { TFunction } from 'i18next';
import type { Dataset } from '../../shared/dataset/schema';
import { chartUnit } from '../../shared/format/formatValue';
import type { Lang } from '../../shared/i18n/lang';
import type { Slide } from './slides';

/** A slide's heading: shown on the slide and named in the page's title. */
export function slideTitle(slide: Slide, dataset: Dataset, lang: Lang, t: TFunction): string {
  switch (slide.kind) {
    case 'title':
      return dataset.report.title[lang];
    case 'headline':
      // 2023 figures were preliminary when the report was given: the title says so, keeping the slide's note to one line.
      return t('present.headlineTitle');
    case 'targets':
      return t('targets.heading');
    case 'clusters':
      // The bars' labels are compact (突破1300, past 130): the title says their unit.
      return t('present.clustersTitle', { unit: chartUnit('亿元', lang) });
    case 'zones':
      return t('present.zonesTitle');
    case 'zone':
      return dataset.zones.find((zone) => zone.id === slide.zone)?.shortName[lang] ?? t('nav.zones');
    case 'ecology':
      return t('present.ecologyTitle');
    case 'livelihoods':
      return t('present.livelihoodsTitle');
    case 'priorities':
      return t('present.prioritiesTitle');
    case 'outcomes':
      return t('present.outcomesTitle');
    case 'closing':
      return t('present.thanks');
  }
}
