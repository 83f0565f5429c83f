/** Every image the published issues' email editions use, for the routes that write them. */
import { publishedIssues } from '../content/queries';
import { emailEdition, type EmailAsset } from './edition';

export async function emailAssets(dir: string): Promise<{ params: { file: string }; props: { asset: EmailAsset } }[]> {
  const byPath = new Map<string, EmailAsset>();
  for (const issue of await publishedIssues()) {
    for (const asset of (await emailEdition(issue)).assets) if (asset.path.startsWith(dir)) byPath.set(asset.path, asset);
  }
  return [...byPath.values()].map((asset) => ({ params: { file: asset.path.slice(dir.length).replace(/\.png$/, '') }, props: { asset } }));
}

export function pngResponse(asset: EmailAsset): Response {
  return new Response(new Uint8Array(asset.png), { headers: { 'Content-Type': 'image/png' } });
}
