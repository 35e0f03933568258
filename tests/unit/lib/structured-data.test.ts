import { describe, expect, it } from 'vitest';
import { buildArticleJsonLd, buildBreadcrumbJsonLd, buildCredentialJsonLd, serializeJsonLd } from '../../../src/lib/structured-data.ts';

describe('JSON-LD', () => {
	it('cannot be closed early by a title that contains </script>', () => {
		const json = serializeJsonLd({ headline: 'Bad </script><script>alert(1)</script>' });
		expect(json).not.toContain('</script>');
		expect(JSON.parse(json).headline).toBe('Bad </script><script>alert(1)</script>');
	});

	it('describes breadcrumbs with absolute URLs', () => {
		expect(buildBreadcrumbJsonLd([{ label: 'Home', href: '/' }, { label: 'Certs', href: '/certifications/' }], new URL('https://x.example'))).toEqual({
			'@context': 'https://schema.org',
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.example/' },
				{ '@type': 'ListItem', position: 2, name: 'Certs', item: 'https://x.example/certifications/' },
			],
		});
	});

	it('dates an article as modified when it was updated, else when published', () => {
		const base = { title: 'T', description: 'D', url: new URL('https://x.example/a/'), published: new Date('2025-01-01'), publisher: 'P', keywords: [] };
		expect(buildArticleJsonLd(base).dateModified).toBe('2025-01-01T00:00:00.000Z');
		expect(buildArticleJsonLd({ ...base, modified: new Date('2025-02-01') }).dateModified).toBe('2025-02-01T00:00:00.000Z');
		expect(buildArticleJsonLd(base)).not.toHaveProperty('keywords');
	});

	it('gives a credential its validity as an ISO duration', () => {
		const credential = buildCredentialJsonLd({ name: 'N', code: 'C', vendor: 'V', url: new URL('https://x.example/c/'), validityYears: 3, description: 'D' });
		expect(credential).toMatchObject({ validFor: 'P3Y', recognizedBy: { name: 'V' } });
		expect(credential).not.toHaveProperty('sameAs');
	});
});
