import type { APIRoute, GetStaticPaths } from 'astro';
import settings from 'virtual:certguides/social-cards';
import { listSocialCards } from '../../../data/social-cards.ts';
import { type CardText, readThemeColours } from '../../../lib/social-card.ts';
import { renderSocialCard } from '../../../node/social-card.ts';
import theme from '../../../styles/global.css?raw';

export const getStaticPaths = (async () =>
	(await listSocialCards()).map(({ kind, id, card }) => ({ params: { kind, id }, props: { card } }))) satisfies GetStaticPaths;

const colours = readThemeColours(theme, 'dark');

export const GET: APIRoute<{ card: CardText }> = async ({ props }) =>
	new Response(new Uint8Array(await renderSocialCard(props.card, { colours, cacheDir: settings.cacheDir })), { headers: { 'Content-Type': 'image/png' } });
