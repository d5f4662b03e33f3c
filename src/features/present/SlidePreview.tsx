import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/data/schema';
import type { Lang } from '../../shared/i18n/lang';
import { QrCode } from '../../shared/components/QrCode';
import { publicBase } from '../../shared/lib/publicBase';
import { SlideBody } from './SlideBody';
import type { Slide } from './slides';
import type { Blackout } from './presenterKeys';
import { slideUrl } from './slides';
import { STAGE_HEIGHT, type Stage } from './useStage';

interface Props {
  slide: Slide;
  dataset: Dataset;
  lang: Lang;
  title: string;
  /** The audience's stage width in units (1024 on a 4:3 projector, 1365 on a 16:9 one). */
  stageWidth: number;
  /** The preview's width in CSS pixels. */
  width: number;
  qr: boolean;
  count: string;
  blackout?: Blackout;
}

/**
 * A slide as the audience's window draws it, scaled down: the same renderer on the same
 * 768-unit stage, with a smaller unit (`--u`). It is a picture for the speaker, so it is
 * inert and hidden from assistive technology; its caption names it.
 */
export function SlidePreview({ slide, dataset, lang, title, stageWidth, width, qr, count, blackout = null }: Props) {
  const { t } = useTranslation();
  const unit = width / stageWidth;
  const stage: Stage = { unit, width: stageWidth, wide: stageWidth >= 1300 };
  const link = slideUrl(publicBase(), slide, lang);
  return (
    <div className="speaker-frame" style={{ width, height: Math.round(STAGE_HEIGHT * unit) }} data-preview={slide.id}>
      <div className={`present speaker-preview${stage.wide ? ' present-wide' : ''}`} style={{ '--u': `${unit}px` } as CSSProperties} inert aria-hidden="true">
        <div className={`present-stage present-${slide.kind}`}>
          <div className="slide-content">
            <SlideBody slide={slide} dataset={dataset} lang={lang} stage={stage} title={title} titleId={`preview-${slide.id}`} />
          </div>
          <div className="present-qr-column">
            {qr && (
              <figure className="present-qr">
                <QrCode text={link} label="" />
                <figcaption>{t('present.qrCaption')}</figcaption>
              </figure>
            )}
          </div>
        </div>
        <div className="present-bar">
          <p className="present-count">{count}</p>
        </div>
        {blackout && <div className={`speaker-preview-blackout present-blackout-${blackout}`} />}
      </div>
    </div>
  );
}
