/**
 * @module Diagnostics a stage leaves on the document, at the span it concerns, under its own name.
 * (vfile's `messages`, trimmed to what sitrep needs.) They are serialized with the document so a reader
 * sees why a field is missing or doubtful, next to the field.
 */
import type { Span } from './span.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** The stage (or ingest step) that raised it. */
  source: string;
  /** A stable rule id, e.g. `segment/empty-text`, for filtering and tests. */
  rule: string;
  message: string;
  span?: Span;
}
