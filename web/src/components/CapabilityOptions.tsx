import { useI18n } from '../i18n';

export interface TaxonomyCapability {
  id: string;
  name: string;
  nameDe?: string | null;
  depth: number;
  parent?: { id: string } | null;
}

/**
 * The capability taxonomy as <option>s for a <select>: one group per top domain, narrower capabilities indented
 * under their broader one, siblings by name in the user's language.
 */
export function CapabilityOptions({ capabilities }: { capabilities: readonly TaxonomyCapability[] }) {
  const { capName, locale } = useI18n();
  const byName = (a: TaxonomyCapability, b: TaxonomyCapability) => capName(a).localeCompare(capName(b), locale);
  const childrenOf = new Map<string | null, TaxonomyCapability[]>();
  for (const capability of capabilities) {
    const parentId = capability.parent?.id ?? null;
    childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), capability]);
  }
  const subtree = (capability: TaxonomyCapability): TaxonomyCapability[] => [
    capability,
    ...(childrenOf.get(capability.id) ?? []).sort(byName).flatMap(subtree),
  ];
  const domains = (childrenOf.get(null) ?? []).sort(byName);
  return (
    <>
      {domains.map((domain) => (
        <optgroup key={domain.id} label={capName(domain)}>
          {subtree(domain).map((capability) => (
            <option key={capability.id} value={capability.id}>
              {'\u00a0\u00a0'.repeat(capability.depth)}{capName(capability)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
