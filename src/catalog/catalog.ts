import { CatalogRepository } from './catalog.repository';
import { Capability, Certification, Network, Program, Region } from './catalog.type';

/** A tree of catalogue entries (capabilities, networks, regions) indexed by id and by parent. */
export class Tree<T extends { id: string; parentId: string | null }> {
  readonly byId: ReadonlyMap<string, T>;
  private readonly childrenById = new Map<string | null, T[]>();

  constructor(readonly all: readonly T[]) {
    this.byId = new Map(all.map((entry) => [entry.id, entry]));
    for (const entry of all) {
      const siblings = this.childrenById.get(entry.parentId) ?? [];
      siblings.push(entry);
      this.childrenById.set(entry.parentId, siblings);
    }
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  parent(entry: T): T | null {
    return entry.parentId ? this.byId.get(entry.parentId) ?? null : null;
  }

  children(entry: T): T[] {
    return this.childrenById.get(entry.id) ?? [];
  }

  roots(): T[] {
    return this.childrenById.get(null) ?? [];
  }

  /** The entry itself first, then its parent, up to the root. */
  ancestry(entry: T): T[] {
    const chain: T[] = [];
    const seen = new Set<string>();
    for (let current: T | null = entry; current && !seen.has(current.id); current = this.parent(current)) {
      seen.add(current.id);
      chain.push(current);
    }
    return chain;
  }

  root(entry: T): T {
    const chain = this.ancestry(entry);
    return chain[chain.length - 1];
  }
}

/**
 * The catalogues as seen by one request: each is read at most once, when first needed, so nested
 * fields (a claim's capability, a capability's domain) cost no further queries.
 */
export class Catalog {
  private capabilityTree?: Promise<Tree<Capability>>;
  private networkTree?: Promise<Tree<Network>>;
  private regionTree?: Promise<Tree<Region>>;
  private certificationMap?: Promise<Map<string, Certification>>;
  private programMap?: Promise<Map<string, Program>>;

  constructor(private readonly repository: CatalogRepository) {}

  /** Forgets what was read, after a write to the catalogues within the same request. */
  forget(): void {
    this.capabilityTree = undefined;
    this.networkTree = undefined;
    this.regionTree = undefined;
    this.certificationMap = undefined;
    this.programMap = undefined;
  }

  capabilities(): Promise<Tree<Capability>> {
    this.capabilityTree ??= this.repository.capabilities().then((all) => new Tree(all));
    return this.capabilityTree;
  }

  networks(): Promise<Tree<Network>> {
    this.networkTree ??= this.repository.networks().then((all) => new Tree(all));
    return this.networkTree;
  }

  regions(): Promise<Tree<Region>> {
    this.regionTree ??= this.repository.regions().then((all) => new Tree(all));
    return this.regionTree;
  }

  certifications(): Promise<Map<string, Certification>> {
    this.certificationMap ??= this.repository.certifications().then((all) => new Map(all.map((c) => [c.id, c])));
    return this.certificationMap;
  }

  programs(): Promise<Map<string, Program>> {
    this.programMap ??= this.repository.programs().then((all) => new Map(all.map((p) => [p.id, p])));
    return this.programMap;
  }
}
