/**
 * @module Cross-document entity keys. Shared by the store and the web app (which links every actor
 * to its page), so it imports nothing from Node.
 */

/** A stable cross-document key for an entity: its catalogue ref when resolved, else kind + name. */
export function entityKey(entity: { ref?: unknown; kind?: unknown; name?: unknown; country?: unknown }): string {
  if (typeof entity.ref === 'string' && entity.ref) return entity.ref;
  const kind = typeof entity.kind === 'string' ? entity.kind : 'group';
  return `${kind}:${slug(String(entity.name ?? ''))}`;
}

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  );
}
