import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

export enum GapStatus {
  UNCOVERED = 'UNCOVERED',
  SINGLE_SOURCE = 'SINGLE_SOURCE',
  THIN = 'THIN',
  COVERED = 'COVERED',
}
registerEnumType(GapStatus, {
  name: 'GapStatus',
  description: 'UNCOVERED: no supplier in scope; SINGLE_SOURCE: one; THIN: fewer than options.thinBelow (default 3); COVERED: enough',
});

@ObjectType({ description: 'One open role demanding a capability' })
export class GapDemand {
  @Field(() => Int, { nullable: true }) tier!: number | null;
  @Field(() => LocalDateResolver, { nullable: true }) deadline!: string | null;
  @Field(() => Int) minLevel!: number;
  roleId!: string;
}

@ObjectType({ description: 'A company outside the scope that could close a gap' })
export class GapCloser {
  @Field(() => Int) level!: number;
  @Field(() => Float, { nullable: true, description: 'Distance to the nearest role demanding the capability' }) distanceKm!: number | null;
  companyId!: string;
}

@ObjectType({ description: 'A capability demanded by open roles, and how well the scope can supply it' })
export class CapabilityGap {
  @Field(() => GapStatus) status!: GapStatus;
  @Field(() => Int, { description: 'The highest minimum level the roles demand; suppliers must reach it' }) requiredLevel!: number;
  @Field(() => Int) supplierCount!: number;
  @Field(() => [GapDemand]) demand!: GapDemand[];
  @Field(() => [GapCloser], { description: 'Companies outside the scope that hold it at the level, nearest first' }) closers!: GapCloser[];
  capabilityId!: string;
  /** The suppliers in scope, by id; those of covered gaps are loaded when first asked for, for all of them at once. */
  supplierIds!: () => Promise<string[]>;
}

@ObjectType({ description: 'Gap counts for one top capability domain' })
export class DomainRollup {
  @Field(() => Int) uncovered!: number;
  @Field(() => Int) singleSource!: number;
  @Field(() => Int) thin!: number;
  @Field(() => Int) covered!: number;
  @Field(() => Int, { description: 'Open roles demanding capabilities of this domain' }) roles!: number;
  domainId!: string;
}

@ObjectType()
export class CapabilityGapReport {
  @Field(() => [CapabilityGap], { description: 'Most severe first: uncovered, single source, thin, covered; then by demand' }) gaps!: CapabilityGap[];
  @Field(() => [DomainRollup]) domains!: DomainRollup[];
}

@ObjectType({ description: 'A company in a supply chain with its derived tier; a confidential supplier shows only its tier and Kreis' })
export class ChainCompany {
  @Field(() => Int, { description: 'The shallowest depth at which it is reached (1 supplies the prime)' }) tier!: number;
  @Field(() => [Int], { description: 'Every depth at which it is reached' }) depths!: number[];
  /** Null for a supplier behind a link confidential to the caller. */
  companyId!: string | null;
  regionId!: string | null;
}

@ObjectType({ description: 'A supply link in a chain' })
export class ChainLink {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) product!: string | null;
  @Field(() => ID) programId!: string;
  supplierId!: string;
  customerId!: string;
  shareableBySupplier?: boolean | null;
  shareableByCustomer?: boolean | null;
}

@ObjectType({ description: 'A company whose loss cuts every path from some suppliers to the prime' })
export class SinglePointOfFailure {
  @Field(() => Int, { description: 'How many suppliers it cuts off, confidential ones included' }) cutOffCount!: number;
  companyId!: string;
  cutOffIds!: string[];
}

@ObjectType({ description: 'A capability in the chain that only one company holds' })
export class SoleCapability {
  capabilityId!: string;
  companyId!: string;
}

@ObjectType({ description: 'The multi-tier supply chain below a program or a prime' })
export class SupplyChainReport {
  @Field(() => [ChainCompany]) companies!: ChainCompany[];
  @Field(() => [ChainLink]) links!: ChainLink[];
  @Field(() => [SinglePointOfFailure], { description: 'Those the caller may see named; singlePointOfFailureCount counts them all' })
  singlePointsOfFailure!: SinglePointOfFailure[];
  @Field(() => Int, { description: 'Every single point of failure of the chain, confidential ones included' }) singlePointOfFailureCount!: number;
  @Field(() => [SoleCapability]) soleCapabilities!: SoleCapability[];
  primeId!: string;
}

@ObjectType({ description: 'A company on a path to the prime, with its tier on that path and what it delivers upwards' })
export class PathStep {
  @Field(() => Int, { description: 'Distance to the prime along this path (0 for the prime)' }) tier!: number;
  @Field(() => String, { nullable: true, description: 'What it supplies to the next company up' }) product!: string | null;
  @Field(() => ID, { nullable: true }) programId!: string | null;
  /** Null for a company behind a link confidential to the caller. */
  companyId!: string | null;
  regionId!: string | null;
}

@ObjectType()
export class SupplyPath {
  @Field(() => Int) length!: number;
  @Field(() => [PathStep]) steps!: PathStep[];
}

@ObjectType({ description: 'How concentrated the supply of a capability is' })
export class CapabilityConcentration {
  @Field(() => Int) supplierCount!: number;
  @Field(() => Float, { description: 'Share of suppliers in the Kreis with the most of them' }) largestRegionShare!: number;
  @Field(() => Float, { description: 'Share of suppliers in the largest company group' }) largestGroupShare!: number;
  capabilityId!: string;
  largestRegionId!: string | null;
  /** Null when the group is tied to the scope's programs only by links confidential to the caller. */
  largestGroupId!: string | null;
}
