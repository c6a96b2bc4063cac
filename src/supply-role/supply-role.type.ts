import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

import { EvidenceLevel, SecurityClearance, SupplyRoleStatus } from '../common/enums';
import { GeoPoint } from '../common/geo';
import { ConnectionType } from '../common/pagination';

@ObjectType({ description: 'A capability a supply role needs, at a minimum level' })
export class CapabilityRequirement {
  @Field(() => Int)
  minLevel!: number;

  @Field({ description: 'Mandatory, or only nice to have' })
  mandatory!: boolean;

  capabilityId!: string;
}

@ObjectType({ description: 'A certification a supply role needs' })
export class CertificationRequirement {
  @Field()
  mandatory!: boolean;

  @Field(() => EvidenceLevel, { description: 'The weakest evidence accepted' })
  minEvidenceLevel!: EvidenceLevel;

  certificationId!: string;
}

@ObjectType({ description: 'An open slot in a supply chain, e.g. Tier-2 supplier of ceramic armour tiles to Tier-1 X for program Y' })
export class SupplyRole {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  product?: string | null;

  @Field(() => Int, { description: 'The tier the supplier would take: 2 supplies a Tier-1, 3 a Tier-2' })
  tier!: number;

  @Field(() => SupplyRoleStatus)
  status!: SupplyRoleStatus;

  @Field(() => SecurityClearance)
  securityClearance!: SecurityClearance;

  @Field(() => Int, { nullable: true })
  quantity?: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  deadline?: string | null;

  @Field(() => GeoPoint, { nullable: true, description: 'Where the product is needed' })
  location?: GeoPoint | null;

  @Field(() => Int, { nullable: true, description: 'Preferred maximum distance of the supplier' })
  maxDistanceKm?: number | null;

  @Field(() => [CapabilityRequirement])
  requiredCapabilities!: CapabilityRequirement[];

  @Field(() => [CertificationRequirement])
  requiredCertifications!: CertificationRequirement[];

  @Field(() => String, { nullable: true })
  createdAt?: string | null;

  buyerId!: string | null;
  programId!: string | null;
  regionId!: string | null;
}

@ObjectType({ description: 'A page of supply roles (Relay connection)' })
export class SupplyRoleConnection extends ConnectionType(SupplyRole, 'SupplyRoleEdge') {}
