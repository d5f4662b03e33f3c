import 'i18next';
import type zh from './locales/zh.json';

// Chinese is the source language: keys are typed from it, and a test keeps English in step.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zh };
  }
}
