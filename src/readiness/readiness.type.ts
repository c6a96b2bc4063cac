import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

export enum ReadinessStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  IN_PLAUSIBILITY_CHECK = 'IN_PLAUSIBILITY_CHECK',
  AWARDED = 'AWARDED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ReadinessStatus, { name: 'ReadinessStatus', description: 'DRAFT → SUBMITTED → IN_PLAUSIBILITY_CHECK → AWARDED or REJECTED; AWARDED → EXPIRED' });

@ObjectType({ description: 'A Defence Ready criterion with its questions and what counts as evidence' })
export class ReadinessCriterion {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String]) questions!: string[];
  @Field() evidence!: string;
}

@ObjectType({ description: "A company's answer for one criterion, with its score (1 fulfilled with evidence, 0.5 without, 0 not fulfilled)" })
export class ReadinessAnswer {
  @Field() fulfilled!: boolean;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => Float) score!: number;
  criterionId!: string;
}

@ObjectType({ description: 'One step in the audit trail: who moved the assessment, when and why' })
export class ReadinessEvent {
  @Field(() => ReadinessStatus, { nullable: true }) from!: ReadinessStatus | null;
  @Field(() => ReadinessStatus) to!: ReadinessStatus;
  @Field() by!: string;
  @Field() at!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType({ description: 'A Defence Ready self-assessment of a company and its way through the plausibility check to the label' })
export class ReadinessAssessment {
  @Field(() => ID) id!: string;
  @Field(() => ReadinessStatus, { description: 'EXPIRED as soon as an award is past its validity, even before expireReadinessAssessments ran' })
  status!: ReadinessStatus;
  @Field(() => LocalDateResolver, { nullable: true }) validUntil!: string | null;
  @Field(() => [ReadinessAnswer]) answers!: ReadinessAnswer[];
  @Field(() => Float, { description: 'Mean of the criterion scores; unanswered criteria count 0' }) score!: number;
  @Field(() => [ID], { description: 'Certifications the company says it holds' }) claimedCertificationIds!: string[];
  @Field() secureInformationHandling!: boolean;
  @Field(() => String, { nullable: true }) informationSecurityAlternative!: string | null;
  @Field(() => Int, { nullable: true }) productionEmployees!: number | null;
  @Field(() => Int, { nullable: true }) freeCapacityPercent!: number | null;
  @Field(() => Int, { nullable: true }) onTimeDeliveryPercent!: number | null;
  @Field(() => [String], { description: 'What the automatic plausibility checks found wrong (empty when all passed)' }) findings!: string[];
  @Field(() => [String], { description: 'Why it was rejected' }) rejectionReasons!: string[];
  @Field(() => [ReadinessEvent]) events!: ReadinessEvent[];
  @Field({ description: "False when only the label is shown: another company's key sees status, validity and score, not the self-assessment" })
  complete!: boolean;
  companyId!: string;
}
