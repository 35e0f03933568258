// A CloudFront Function (runtime cloudfront-js-2.0) for the viewer-request event, for the site in
// an S3 bucket behind CloudFront (README, Deploy): S3 has no folder index, so a folder URL
// (/articles/x/) is served its index.html, and a page URL without its slash is redirected to it,
// as other static hosts do. Files (/_astro/a.css, /rss.xml) pass unchanged.
function handler(event) {
	var request = event.request;
	var uri = request.uri;
	if (uri.endsWith('/')) {
		request.uri = uri + 'index.html';
		return request;
	}
	if (uri.split('/').pop().indexOf('.') === -1) {
		return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' } } };
	}
	return request;
}
