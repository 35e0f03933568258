import { paths } from '../config/paths.ts';
import { site } from '../config/site.ts';
import { CARD_SIZE, type CardContext, type CardText, describeArticleCard, describeCertCard, type SocialImage, writeCardAlt } from '../lib/social-card.ts';
import { type SocialCardKind, socialCardFile } from '../lib/urls.ts';
import { canDrawOnCard, cardBuild } from '../node/social-card.ts';
import { type Article, type CertPage, getSiteGraph } from './collections.ts';

const context: CardContext = { siteName: site.name, canDraw: canDrawOnCard };

/** The page a card is for, named in the messages about it. */
const pageOf = (kind: SocialCardKind, id: string) => (kind === 'articles' ? paths.article(id) : paths.cert(id));

/** An article's card, none when the site has cards off, the article has a hero image or text the card font cannot draw. */
export function findArticleCard(article: Article): CardText | undefined {
	return site.socialCards ? describeArticleCard(article, context) : undefined;
}

/** A cert landing page's card, under the same rules. */
export function findCertCard(landing: CertPage): CardText | undefined {
	return site.socialCards ? describeCertCard(landing, context) : undefined;
}

/**
 * The preview image of a page with a card. The card is recorded as linked: a build writes exactly
 * the cards its pages link (`src/integrations/social-cards.ts`), so none is drawn for a page that
 * is not built.
 */
export function linkCard(kind: SocialCardKind, id: string, card: CardText): SocialImage {
	cardBuild.linked.set(socialCardFile(kind, id), { card, page: pageOf(kind, id) });
	return { src: paths.socialCard(kind, id), alt: writeCardAlt(card), ...CARD_SIZE };
}

/** Every card the site's pages name, with the page it is for, for the dev server's card route. */
export async function listSocialCards(): Promise<{ kind: SocialCardKind; id: string; page: string; card: CardText }[]> {
	const graph = await getSiteGraph();
	const cards = [
		...graph.articles.map((article) => ({ kind: 'articles' as const, id: article.id, card: findArticleCard(article) })),
		...graph.certs.map((landing) => ({ kind: 'certifications' as const, id: landing.cert.id, card: findCertCard(landing) })),
	];
	return cards.flatMap(({ card, kind, id }) => (card ? [{ kind, id, page: pageOf(kind, id), card }] : []));
}
