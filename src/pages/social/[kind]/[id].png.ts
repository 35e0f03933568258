import type { APIRoute, GetStaticPaths } from 'astro';
import settings from 'virtual:certguides/social-cards';
import { listSocialCards } from '../../../data/social-cards.ts';
import { type CardText, readThemeColours } from '../../../lib/social-card.ts';
import { renderSocialCard } from '../../../node/social-card.ts';
import theme from '../../../styles/global.css?raw';

export const getStaticPaths = (async () =>
	(await listSocialCards()).map(({ kind, id, page, card }) => ({ params: { kind, id }, props: { page, card } }))) satisfies GetStaticPaths;

const colours = readThemeColours(theme, 'dark');

export const GET: APIRoute<{ page: string; card: CardText }> = async ({ props }) =>
	new Response(new Uint8Array(await renderSocialCard(props.card, props.page, { ...settings, colours })), { headers: { 'Content-Type': 'image/png' } });
