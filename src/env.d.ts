interface ImportMetaEnv {
  /** True only under `astro dev`; set by src/integrations/publication-mode.ts. */
  readonly SHOW_UNPUBLISHED: boolean;
}
declare module 'virtual:code-colours.css';
