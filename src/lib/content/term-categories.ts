/** The fixed list of glossary categories, in the order the glossary shows them. */
export const termCategories = {
  'model-fitting': 'Model fitting',
  'neural-networks': 'Neural networks',
  optimisation: 'Optimisation',
  evaluation: 'Evaluation',
  statistics: 'Statistics',
  'clinical-use': 'Clinical use',
} as const;

export type TermCategory = keyof typeof termCategories;
export const termCategoryIds = Object.keys(termCategories) as [TermCategory, ...TermCategory[]];
