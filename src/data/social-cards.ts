import { paths } from '../config/paths.ts';
import { site } from '../config/site.ts';
import { CARD_SIZE, type CardContext, type CardText, describeArticleCard, describeCertCard, type SocialImage, writeCardAlt } from '../lib/social-card.ts';
import { canDrawOnCard } from '../node/social-card.ts';
import type { SocialCardKind } from '../lib/urls.ts';
import { type Article, type CertPage, getSiteGraph } from './collections.ts';

const context: CardContext = { siteName: site.name, canDraw: canDrawOnCard };

/** An article's card, none when the site has cards off, the article has a hero image or text the card font cannot draw. */
export function findArticleCard(article: Article): CardText | undefined {
	return site.socialCards ? describeArticleCard(article, context) : undefined;
}

/** A cert landing page's card, under the same rules. */
export function findCertCard(landing: CertPage): CardText | undefined {
	return site.socialCards ? describeCertCard(landing, context) : undefined;
}

/** The preview image of a page with a card. */
export function linkCard(kind: SocialCardKind, id: string, card: CardText): SocialImage {
	return { src: paths.socialCard(kind, id), alt: writeCardAlt(card), ...CARD_SIZE };
}

/** Every card the site's pages name, with the page it is for, for the card route. */
export async function listSocialCards(): Promise<{ kind: SocialCardKind; id: string; page: string; card: CardText }[]> {
	const graph = await getSiteGraph();
	const cards = [
		...graph.articles.map((article) => ({ kind: 'articles' as const, id: article.id, page: paths.article(article.id), card: findArticleCard(article) })),
		...graph.certs.map((landing) => ({ kind: 'certifications' as const, id: landing.cert.id, page: paths.cert(landing.cert.id), card: findCertCard(landing) })),
	];
	return cards.flatMap(({ card, ...page }) => (card ? [{ ...page, card }] : []));
}
