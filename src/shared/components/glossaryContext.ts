import { createContext } from 'react';
import type { GlossaryTerm } from '../dataset/schema';

/** The dataset's glossary, for the term hints anywhere below the app. */
export const GlossaryContext = createContext<readonly GlossaryTerm[]>([]);
