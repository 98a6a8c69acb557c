/** @module The document model: text, metadata, stand-off layers, spans and diagnostics. */
export * from './span.js';
export * from './layers.js';
export * from './document.js';
export * from './diagnostics.js';
export * from './location.js';
export * from './tokens.js';
