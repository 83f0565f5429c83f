import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether it is being served by `astro dev`, where drafts and
 * scheduled items show with a banner. import.meta.env.DEV cannot be trusted
 * for this: Astro renders static pages in a development-mode environment
 * during `astro build` too, which would publish drafts.
 */
export function publicationModeIntegration(): AstroIntegration {
  return {
    name: 'conundra:publication-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // `npm run email -- preview` builds drafts too, into a folder of its own that is never deployed.
        const show = command === 'dev' || process.env['PREVIEW_DRAFTS'] === '1';
        updateConfig({ vite: { define: { 'import.meta.env.SHOW_UNPUBLISHED': JSON.stringify(show) } } });
      },
    },
  };
}
