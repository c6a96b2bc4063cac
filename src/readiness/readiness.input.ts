import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class ReadinessAnswerInput {
  @Field(() => ID) @MaxLength(80) criterionId!: string;
  @Field() fulfilled!: boolean;

  @Field(() => String, { nullable: true, description: 'What backs the answer (documents, certificates, figures)' })
  @IsOptional()
  @MaxLength(2000)
  evidence?: string | null;
}

@InputType({ description: 'The answers and claims of a self-assessment; they replace the earlier ones while it is a draft' })
export class ReadinessAnswersInput {
  @Field(() => [ReadinessAnswerInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  answers!: ReadinessAnswerInput[];

  @Field(() => [ID], { defaultValue: [], description: 'Certifications the company claims to hold' })
  @ArrayMaxSize(30)
  @MaxLength(80, { each: true })
  claimedCertificationIds!: string[];

  @Field({ defaultValue: false, description: 'Claims secure handling of classified or customer information' })
  secureInformationHandling!: boolean;

  @Field(() => String, { nullable: true, description: 'A documented alternative to ISO 27001 or TISAX' })
  @IsOptional()
  @MaxLength(2000)
  informationSecurityAlternative?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'productionEmployees must not be negative' })
  productionEmployees?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'freeCapacityPercent must be between 0 and 100' })
  @Max(100, { message: 'freeCapacityPercent must be between 0 and 100' })
  freeCapacityPercent?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'onTimeDeliveryPercent must be between 0 and 100' })
  @Max(100, { message: 'onTimeDeliveryPercent must be between 0 and 100' })
  onTimeDeliveryPercent?: number | null;
}
