interface ImportMetaEnv {
  /** True only under `astro dev`; set by src/integrations/publication-mode.ts. */
  readonly SHOW_UNPUBLISHED: boolean;
  /** Where the email edition keeps its drawn formulas between builds. */
  readonly EMAIL_MATH_CACHE: string;
}
declare module 'virtual:code-colours.css';
