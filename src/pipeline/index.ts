/** @module Stages and the pipeline that runs them. */
export * from './stage.js';
export * from './pipeline.js';
