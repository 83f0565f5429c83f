import type { APIRoute } from 'astro';
import { emailAssets, pngResponse } from '../../../lib/email/assets';
import { FIGURE_DIR, type EmailAsset } from '../../../lib/email/edition';

export const getStaticPaths = () => emailAssets(FIGURE_DIR);

export const GET: APIRoute<{ asset: EmailAsset }> = ({ props }) => pngResponse(props.asset);
