import { createSitePaths } from '../lib/urls.ts';
import { site } from './site.ts';

/** Every link the pages write, under the base path the site is served from. */
export const paths = createSitePaths(site.base);
