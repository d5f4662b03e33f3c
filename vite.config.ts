/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { prerender } from './scripts/prerender-plugin.mjs';
import { localeParts } from './scripts/locale-parts.mjs';

const FIRST_VIEW_MODULES =
  /\/src\/(app\/(App|Header|Footer|UpdateNotice|QuoteCheck|ViewError|useLanguage)\.tsx?|features\/overview\/|shared\/(components\/(FigureValue|ChangeBadge|SourceQuote|ErrorBoundary|DatasetErrorScreen|ViewTitle)|dataset\/(queries|queryClient|datasetError|validateDataset|buildValidated|selectors|narrow|codes|printed|docLabels|labels)|report\/(quoteCheck|reportFigures)|format\/|i18n\/(?!locales\/)|lib\/(urlState|views))\b)/;

export default defineConfig({
  // Relative asset paths: the built dist/ works from any static host or subpath.
  base: './',
  plugins: [
    react(),
    localeParts(),
    prerender(),
    // Offline after one visit: the app, the dataset and the report text are precached.
    VitePWA({
      registerType: 'autoUpdate',
      // Registered from the app after the first view is interactive (src/app/serviceWorker.ts).
      injectRegister: false,
      manifest: {
        name: '吴中区2024年政府工作报告数据看板',
        short_name: '吴中区报告看板',
        description: 'Dashboard of the Wuzhong District 2024 Government Work Report, in Chinese and English.',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f5f7',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,txt,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  server: { port: 5173 },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The first view's libraries in one cacheable file; recharts, the QR encoder
          // and the validator stay in the lazy chunks and the worker that need them.
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|@tanstack|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/,
            },
            // The modules the first view needs and the lazy views share: one file instead of a dozen.
            { name: 'app', test: (id: string) => FIRST_VIEW_MODULES.test(id.replaceAll('\\', '/')) },
          ],
        },
      },
    },
  },
  preview: { port: 4173 },
  test: {
    // Pure modules test in Node; a component test opts into jsdom with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    css: false,
  },
});
