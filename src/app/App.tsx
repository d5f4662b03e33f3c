import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { datasetQuery } from '../shared/dataset/queries';
import type { View } from '../shared/lib/appUrl';
import { useAppUrl } from '../shared/lib/urlState';
import { isLang } from '../shared/i18n/resolveLanguage';
import type { Lang } from '../shared/i18n/lang';
import type { Dataset } from '../shared/dataset/schema';
import { valueById } from '../shared/dataset/selectors';
import { DatasetErrorScreen } from '../shared/components/DatasetErrorScreen';
import { ErrorBoundary } from '../shared/components/ErrorBoundary';
import { GlossaryContext } from '../shared/components/glossaryContext';
import { ViewError } from './ViewError';
import { ensureViewsText } from '../shared/i18n/i18n';
import { OverviewView } from '../features/overview/OverviewView';
import { Header } from './Header';
import { Footer } from './Footer';
import { useLanguageSync } from './useLanguage';
import { UpdateNotice } from './UpdateNotice';
import { QuoteCheck } from './QuoteCheck';
import { useDocumentTitle } from './useDocumentTitle';

// Each view but the overview loads on demand: recharts only comes with the targets view's 2021–2025 charts.
type ViewProps = { dataset: Dataset; lang: Lang };
type ViewModule = { default: ComponentType<ViewProps> };

/**
 * A view loaded on demand that, once its code is here (main.tsx waits for the view a page opens
 * on), renders at once rather than suspending for a moment and showing the loading line first.
 */
function onDemand(load: () => Promise<ViewModule>) {
  let loaded: ComponentType<ViewProps> | null = null;
  // The view's code and its text (ensureViewsText), side by side.
  const preload = (lang?: Lang) =>
    Promise.all([load(), ensureViewsText(lang)]).then(([module]) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(() => preload());
  const View = (props: ViewProps) => {
    // Chosen once per mount: switching from the lazy wrapper to the loaded view on a later render
    // would be a new component type, remounting the view and losing its state (a zone's double tap).
    const [Component] = useState<ComponentType<ViewProps>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  };
  return Object.assign(View, { preload });
}

const ClustersView = onDemand(() => import('../features/clusters/ClustersView').then((m) => ({ default: m.ClustersView })));
const FiguresView = onDemand(() => import('../features/figures/FiguresView').then((m) => ({ default: m.FiguresView })));
const ReportView = onDemand(() => import('../features/report/ReportView').then((m) => ({ default: m.ReportView })));
const FigureView = onDemand(() => import('../features/figure/FigureView').then((m) => ({ default: m.FigureView })));
const GlossaryView = onDemand(() => import('../features/glossary/GlossaryView').then((m) => ({ default: m.GlossaryView })));
const TargetsView = onDemand(() => import('../features/targets/TargetsView').then((m) => ({ default: m.TargetsView })));
const ZonesView = onDemand(() => import('../features/zones/ZonesView').then((m) => ({ default: m.ZonesView })));
const PresenterMode = lazy(() =>
  Promise.all([import('../features/present/PresenterMode'), ensureViewsText()]).then(([m]) => ({ default: m.PresenterMode })),
);
const SpeakerView = lazy(() =>
  Promise.all([import('../features/present/SpeakerView'), ensureViewsText()]).then(([m]) => ({ default: m.SpeakerView })),
);

const views = {
  clusters: ClustersView,
  figures: FiguresView,
  report: ReportView,
  figure: FigureView,
  glossary: GlossaryView,
  targets: TargetsView,
  zones: ZonesView,
};

/** Starts loading a view's code (the page's head has usually asked for it already): the first render then need not wait for it in a chain. */
export function preloadView(view: View, lang: Lang): Promise<unknown> | null {
  return view === 'overview' ? null : views[view].preload(lang);
}

/** Presenter mode's code and text, started with the page that opens on it. */
export const preloadPresenter = (lang: Lang) => Promise.all([import('../features/present/PresenterMode'), ensureViewsText(lang)]);

function ViewContent({ view, dataset, lang }: { view: View; dataset: Dataset; lang: Lang }) {
  switch (view) {
    case 'overview':
      return <OverviewView dataset={dataset} lang={lang} />;
    case 'clusters':
      return <ClustersView dataset={dataset} lang={lang} />;
    case 'figures':
      return <FiguresView dataset={dataset} lang={lang} />;
    case 'report':
      return <ReportView dataset={dataset} lang={lang} />;
    case 'zones':
      return <ZonesView dataset={dataset} lang={lang} />;
    case 'figure':
      return <FigureView dataset={dataset} lang={lang} />;
    case 'glossary':
      return <GlossaryView dataset={dataset} lang={lang} />;
    case 'targets':
      return <TargetsView dataset={dataset} lang={lang} />;
  }
}

export function App() {
  const { t, i18n } = useTranslation();
  const url = useAppUrl();
  const { view, present: presenting } = url;
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'zh';
  useLanguageSync(lang);
  const dataset = useQuery(datasetQuery);
  const titleDetail =
    view === 'zones'
      ? (dataset.data?.zones.find((zone) => zone.id === url.zone)?.name[lang] ?? null)
      : view === 'figure' && dataset.data && url.fig
        ? (valueById(dataset.data, url.fig)?.indicator.name[lang] ?? null)
        : null;
  useDocumentTitle(view, titleDetail, presenting);

  // Marks the page interactive (hydrated or rendered): the prerendered HTML looks the same before.
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);

  const loading = (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );

  if (presenting && dataset.isSuccess) {
    return (
      <ErrorBoundary fallback={<ViewError />}>
        <Suspense fallback={loading}>
          <GlossaryContext value={dataset.data.glossary}>
            {url.speaker ? <SpeakerView dataset={dataset.data} lang={lang} /> : <PresenterMode dataset={dataset.data} lang={lang} />}
          </GlossaryContext>
        </Suspense>
      </ErrorBoundary>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header url={url} report={dataset.data?.report} lang={lang} />
      <main id="main" tabIndex={-1}>
        {dataset.isSuccess && <UpdateNotice version={dataset.data.dataset.version} />}
        {dataset.isSuccess && <QuoteCheck dataset={dataset.data} />}
        {dataset.isPending && loading}
        {dataset.isError && (
          <DatasetErrorScreen error={dataset.error} onRetry={() => void dataset.refetch()} retrying={dataset.isFetching} />
        )}
        {dataset.isSuccess && (
          <ErrorBoundary key={view} fallback={<ViewError />}>
            <Suspense fallback={loading}>
              <GlossaryContext value={dataset.data.glossary}>
                <ViewContent view={view} dataset={dataset.data} lang={lang} />
              </GlossaryContext>
            </Suspense>
          </ErrorBoundary>
        )}
      </main>
      <Footer dataset={dataset.data} lang={lang} />
    </>
  );
}
