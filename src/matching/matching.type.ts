import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

import { EvidenceLevel, SecurityClearance } from '../common/enums';
import { ProgramTier } from '../company/company.type';
import { MatchKind, MissingKind, MissingReason, Relationship } from './matching.engine';

export enum MatchCriterion {
  CAPABILITY = 'CAPABILITY',
  CERTIFICATION = 'CERTIFICATION',
  READINESS = 'READINESS',
  PROXIMITY = 'PROXIMITY',
  RELATIONSHIP = 'RELATIONSHIP',
}

registerEnumType(MatchKind, {
  name: 'MatchKind',
  description: 'EXACT: the capability itself; NARROWER: a more specific one (full match); BROADER: only a more general one (weak, partial)',
});
registerEnumType(MissingReason, { name: 'MissingReason' });
registerEnumType(MissingKind, { name: 'MissingKind' });
registerEnumType(Relationship, { name: 'Relationship', description: 'Existing ties of a supplier to the buyer, program, prime or the buyer\'s networks' });
registerEnumType(MatchCriterion, { name: 'MatchCriterion' });

@ObjectType({ description: 'The weights a match was scored with, normalised to sum 1' })
export class MatchWeights {
  @Field(() => Float) capability!: number;
  @Field(() => Float) certification!: number;
  @Field(() => Float) readiness!: number;
  @Field(() => Float) proximity!: number;
  @Field(() => Float) relationship!: number;
}

@ObjectType({ description: 'One part of the overall score: its own score in [0, 1], its weight, and weight times score' })
export class ScoreComponent {
  @Field(() => MatchCriterion) criterion!: MatchCriterion;
  @Field(() => Float) score!: number;
  @Field(() => Float) weight!: number;
  @Field(() => Float) contribution!: number;
  /** Set per caller by SupplierMatch's breakdown resolver. */
  @Field(() => Boolean, {
    description: 'RELATIONSHIP only: the score counts a tie that rests on supply links confidential to the caller; it is counted, '
      + 'but not listed in relationships',
  })
  confidential?: boolean;
}

@ObjectType({ description: 'How a required capability is met by the claims of a company' })
export class CapabilityMatch {
  @Field(() => Int) minLevel!: number;
  @Field() mandatory!: boolean;
  @Field(() => MatchKind) kind!: MatchKind;
  @Field(() => Int, { nullable: true }) claimedLevel!: number | null;
  @Field({ description: 'Met: exact or narrower claim at or above the minimum level' }) met!: boolean;
  capabilityId!: string;
  claimedCapabilityId!: string | null;
}

@ObjectType({ description: 'How a required certification is met by the certificates of a company' })
export class CertificationMatch {
  @Field() mandatory!: boolean;
  @Field(() => EvidenceLevel) minEvidenceLevel!: EvidenceLevel;
  @Field(() => String, { nullable: true }) validUntil!: string | null;
  @Field(() => EvidenceLevel, { nullable: true }) evidenceLevel!: EvidenceLevel | null;
  @Field() met!: boolean;
  @Field(() => MissingReason, { nullable: true }) reason!: MissingReason | null;
  certificationId!: string;
  heldCertificationId!: string | null;
}

@ObjectType({ description: 'Something a company lacks for a role' })
export class MissingRequirement {
  @Field(() => MissingKind) kind!: MissingKind;
  @Field(() => MissingReason) reason!: MissingReason;
  @Field() mandatory!: boolean;
  @Field(() => Int, { nullable: true }) requiredLevel!: number | null;
  @Field(() => Int, { nullable: true }) claimedLevel!: number | null;
  @Field(() => SecurityClearance, { nullable: true }) requiredClearance!: SecurityClearance | null;
  capabilityId!: string | null;
  certificationId!: string | null;
}

@ObjectType({ description: 'A company scored against a supply role (or an ad-hoc requirement), with the reasons' })
export class SupplierMatch {
  @Field(() => Float, { description: 'Overall score in [0, 1]' }) score!: number;
  @Field({ description: 'All mandatory requirements met' }) eligible!: boolean;
  @Field(() => [ScoreComponent]) breakdown!: ScoreComponent[];
  @Field(() => [CapabilityMatch]) capabilityMatches!: CapabilityMatch[];
  @Field(() => [CertificationMatch]) certificationMatches!: CertificationMatch[];
  @Field(() => [MissingRequirement]) missing!: MissingRequirement[];
  @Field(() => Float, { nullable: true, description: 'Distance to where the role is needed (the buyer when the role names no place)' })
  distanceKm!: number | null;
  @Field(() => [Relationship], {
    description: 'Its ties to the buyer, program, prime or the buyer\'s networks; a tie resting only on supply links confidential to the caller is not listed',
  })
  relationships!: Relationship[];
  companyId!: string;
  roleId!: string | null;
  /** For an ad-hoc requirement (no role): the buyer and program it names, whom the relationships are ties to. */
  statedFor?: { buyerId: string | null; programId: string | null };
}

@ObjectType({ description: 'Ranked suppliers for a role: eligible ones first, then near misses when asked for' })
export class SupplierMatches {
  @Field(() => MatchWeights) weights!: MatchWeights;
  @Field(() => Int) eligibleCount!: number;
  @Field(() => Int, { description: 'Candidates missing a mandatory requirement (returned only with includeNearMisses)' }) nearMissCount!: number;
  @Field(() => [SupplierMatch]) matches!: SupplierMatch[];
  roleId!: string | null;
}

@ObjectType({ description: 'One missing item and how many open roles the company would qualify for by closing it alone' })
export class QualificationStep {
  @Field(() => MissingRequirement) item!: MissingRequirement;
  @Field(() => Int) rolesUnlocked!: number;
  roleIds!: string[];
}

@ObjectType({ description: 'A company that could cover what this one lacks for some roles' })
export class PartnerSuggestion {
  @Field(() => Float, { nullable: true }) distanceKm!: number | null;
  companyId!: string;
  roleIds!: string[];
  capabilityIds!: string[];
}

@ObjectType({ description: 'Where an SME fits: roles it qualifies for, near misses, the cheapest steps, its chains and possible partners' })
export class FitReport {
  @Field(() => [SupplierMatch], { description: 'Open roles it qualifies for, best first' }) qualifying!: SupplierMatch[];
  @Field(() => [SupplierMatch], { description: 'Open roles it misses by at least one mandatory item, fewest gaps first' }) nearMisses!: SupplierMatch[];
  @Field(() => [QualificationStep], { description: 'Single items that would unlock roles, most roles first' }) cheapestSteps!: QualificationStep[];
  @Field(() => [ProgramTier], { description: 'Programs it already reaches through supply links, with its tier' }) reach!: ProgramTier[];
  @Field(() => [PartnerSuggestion]) partners!: PartnerSuggestion[];
  companyId!: string;
}

@ObjectType({ description: 'A member of a consortium and what it brings' })
export class ConsortiumMember {
  @Field({ description: 'The member closest to the buyer in the chain' }) isLead!: boolean;
  @Field(() => Float) score!: number;
  @Field({ description: 'Brings the security clearance the role needs' }) providesClearance!: boolean;
  @Field(() => Float, { nullable: true }) distanceKm!: number | null;
  companyId!: string;
  capabilityIds!: string[];
  certificationIds!: string[];
}

@ObjectType({ description: 'Two or three companies that together meet every mandatory requirement of a role' })
export class Consortium {
  @Field(() => [ConsortiumMember]) members!: ConsortiumMember[];
  @Field(() => Float, { description: 'Share of mandatory requirements covered (1 for every listed team)' }) coverage!: number;
  @Field(() => Float, { description: 'Mean of the members\' scores' }) combinedScore!: number;
  @Field(() => Float, { nullable: true, description: 'Mean distance of the members to where the role is needed' }) averageDistanceKm!: number | null;
}

@ObjectType()
export class ConsortiaReport {
  @Field(() => Int, { description: 'Companies that meet every mandatory requirement alone' }) singleSupplierCount!: number;
  @Field(() => [Consortium]) consortia!: Consortium[];
  roleId!: string;
}
