/**
 * `npm run --silent cloudfront-headers [-- --name NAME] > policy.json`: the site's response headers
 * (those of `dist/_headers`) as a CloudFront response headers policy, for
 * `aws cloudfront create-response-headers-policy --response-headers-policy-config file://policy.json`.
 */
import { buildCloudFrontHeadersPolicy } from '../src/lib/security-headers.ts';
import { parseCommandLine } from '../src/node/command-line.ts';

const { values } = parseCommandLine({ options: { name: { type: 'string', default: 'certguides-headers' } } }, 'usage: npm run cloudfront-headers [-- --name NAME]');
console.log(JSON.stringify(buildCloudFrontHeadersPolicy(values.name), null, 2));
