import type { APIRoute } from 'astro';
import { feedItems, feedMeta, rssResponse } from '../../../lib/publishing/feeds';
import { seriesIssues } from '../../../lib/content/queries';
import { series, seriesIds, type SeriesId } from '../../../site.config';

export const getStaticPaths = () => seriesIds.map((id) => ({ params: { series: id } }));

export const GET: APIRoute = async ({ params }) => {
  const id = params['series'] as SeriesId;
  const meta = feedMeta(`/series/${id}/rss.xml`, `${series[id].name}: the series`, series[id].description);
  return rssResponse(meta, await feedItems([...(await seriesIssues(id))].reverse()));
};
