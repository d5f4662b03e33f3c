import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { QrFigure } from '../../shared/components/QrCode';
import { publicBase } from '../../shared/lib/publicBase';
import { SlideBody } from './SlideBody';
import { slideUrl, type Slide } from './slides';
import { STAGE_HEIGHT, type Stage } from './useStage';

interface Props {
  slide: Slide;
  dataset: Dataset;
  lang: Lang;
  title: string;
  /** The audience's stage width in units (1024 on a 4:3 projector, 1365 on a 16:9 one). */
  stageWidth: number;
  qr: boolean;
  /** The slide's number as the audience's bar shows it: "3 / 14". */
  count: string;
}

/**
 * A slide as the audience's window draws it: the same renderer on the same stage, 768 units
 * high, laid out at one pixel per unit and scaled down by its parent (a CSS transform). So a
 * preview never lays out again when it moves from "next" to "now", or changes size. It is a
 * picture for the speaker: inert and hidden from assistive technology; its caption names it.
 */
export const SlidePreview = memo(function SlidePreview({ slide, dataset, lang, title, stageWidth, qr, count }: Props) {
  const { t } = useTranslation();
  const stage: Stage = { unit: 1, width: stageWidth, wide: stageWidth >= 1300 };
  const link = slideUrl(publicBase(), slide, lang);
  return (
    <div
      className={`present speaker-preview${stage.wide ? ' present-wide' : ''}`}
      style={{ width: stageWidth, height: STAGE_HEIGHT, ['--u' as string]: '1px' }}
      inert
      aria-hidden="true"
      data-preview={slide.id}
    >
      <div className={`present-stage present-${slide.kind}`}>
        <div className="slide-content">
          <SlideBody slide={slide} dataset={dataset} lang={lang} stage={stage} title={title} titleId={`preview-${slide.id}`} />
        </div>
        <div className="present-qr-column">
          {qr && <QrFigure className="present-qr" text={link} label="" caption={t('present.qrCaption')} />}
        </div>
      </div>
      <div className="present-bar">
        <p className="present-count">{count}</p>
      </div>
    </div>
  );
});
