/** @module Reading inputs into documents. */
export * from './errors.js';
export * from './decode.js';
export * from './read.js';
export { extractArticle } from './html.js';
export { parseFeed } from './feed.js';
