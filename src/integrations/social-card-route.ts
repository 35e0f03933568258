import type { APIRoute, GetStaticPaths } from 'astro';
import settings from 'virtual:certguides/social-cards';
import { listSocialCards } from '../data/social-cards.ts';
import type { CardText } from '../lib/social-card.ts';
import { renderSocialCard } from '../node/social-card.ts';

/** The dev server's social cards, each drawn when it is asked for (a build writes them itself). */
export const getStaticPaths = (async () =>
	(await listSocialCards()).map(({ kind, id, page, card }) => ({ params: { kind, id }, props: { page, card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: string; card: CardText }> = async ({ props }) =>
	new Response(new Uint8Array(await renderSocialCard(props.card, props.page, settings)), { headers: { 'Content-Type': 'image/png' } });
