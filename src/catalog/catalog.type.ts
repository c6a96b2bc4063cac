import { Field, ID, Int, ObjectType } from 'type-graphql';

import { CertificationCategory, NetworkKind, RegionKind } from '../common/enums';

@ObjectType({ description: 'A node of the hierarchical capability taxonomy; top-level nodes are domains' })
export class Capability {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'German name' })
  nameDe?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'NATO supply class (4 digits), where one fits' })
  nsc?: string | null;

  @Field(() => String, { nullable: true, description: 'CPV 2008 code (8 digits and check digit, e.g. 35321000-5), where one fits' })
  cpv?: string | null;

  @Field(() => String, { nullable: true, description: 'NACE Rev. 2 / WZ 2008 class (e.g. 25.62), where one fits' })
  nace?: string | null;

  @Field(() => String, { nullable: true, description: 'EDA CapTech (e.g. Materials & Structures), where one fits' })
  edaCapTech?: string | null;

  parentId!: string | null;
}

@ObjectType({ description: 'A certification standard, e.g. ISO 9001, EN 9100, AQAP 2110' })
export class Certification {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => CertificationCategory)
  category!: CertificationCategory;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Usual validity of a certificate in years' })
  validityYears?: number | null;

  @Field({
    description: 'A quality-management certificate (ISO 9001): counts for the readiness score, itself or through a certification that includes it',
  })
  isQualityManagement!: boolean;

  includedIds!: string[];
}

@ObjectType({ description: 'A procurement program led by a prime contractor' })
export class Program {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The customer, e.g. BAAINBw' })
  customer?: string | null;

  @Field(() => String, { nullable: true, description: 'Land, sea, air, ammunition, ...' })
  domain?: string | null;

  primeId!: string | null;
}

@ObjectType({ description: 'A cluster, association or chapter; networks nest (DEFENCE.NRW contains NMWP.NRW)' })
export class Network {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => NetworkKind)
  kind!: NetworkKind;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { description: 'Direct members, not counting sub-networks' })
  memberCount!: number;

  parentId!: string | null;
}

@ObjectType({ description: 'Kreis or kreisfreie Stadt, within Regierungsbezirk, within Land' })
export class Region {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => RegionKind)
  kind!: RegionKind;

  @Field(() => String, {
    nullable: true,
    description: 'Official key (Amtlicher Gemeindeschlüssel, AGS): 2 digits for a Land, 3 for a Regierungsbezirk, 5 for a Kreis or kreisfreie Stadt (05954 Ennepe-Ruhr-Kreis); null where none is recorded',
  })
  ags?: string | null;

  @Field(() => String, { nullable: true, description: 'NUTS code (NUTS 1 Land, NUTS 2 Regierungsbezirk, NUTS 3 Kreis), e.g. DEA56' })
  nuts?: string | null;

  parentId!: string | null;
}
