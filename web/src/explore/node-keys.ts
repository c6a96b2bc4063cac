/** A node of the graph as the explorer addresses it: its (first) label and its `id` property. */
export interface NodeKey {
  label: string;
  id: string;
}

export const keyOf = (key: NodeKey): string => `${key.label}:${key.id}`;

/** `Company:sme-c,Capability:milling` from the URL into keys; anything malformed is left out. */
export function parseKeys(text: string | null): NodeKey[] {
  if (!text) return [];
  return text.split(',').flatMap((part) => {
    const colon = part.indexOf(':');
    return colon > 0 && colon < part.length - 1 ? [{ label: part.slice(0, colon), id: part.slice(colon + 1) }] : [];
  });
}

export const serializeKeys = (keys: NodeKey[]): string => keys.map(keyOf).join(',');
