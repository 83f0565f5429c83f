import type { APIRoute } from 'astro';
import { emailAssets, pngResponse } from '../../../lib/email/assets';
import { MATH_DIR, type EmailAsset } from '../../../lib/email/edition';

export const getStaticPaths = () => emailAssets(MATH_DIR);

export const GET: APIRoute<{ asset: EmailAsset }> = ({ props }) => pngResponse(props.asset);
