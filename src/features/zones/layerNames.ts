import type { TFunction } from 'i18next';
import type { Zone } from '../../shared/dataset/schema';
import { LANG_TAGS, type Lang } from '../../shared/i18n/lang';

const LAYER_KEYS = {
  platform: 'zones.layerPlatform',
  priority: 'zones.layerPriority',
} as const satisfies Record<Zone['layers'][number], string>;

/** A zone's layers in words: 「“三区一城”发展平台和“四个一号”重点工作」 / "development platform and "No. 1" priority". */
export function layerNames(layers: Zone['layers'], t: TFunction, lang: Lang): string {
  const list = new Intl.ListFormat(LANG_TAGS[lang], { type: 'conjunction' });
  return list.format(layers.map((layer) => t(LAYER_KEYS[layer])));
}

export function layerName(layer: Zone['layers'][number], t: TFunction): string {
  return t(LAYER_KEYS[layer]);
}
