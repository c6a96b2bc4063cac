import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

import { today } from '../common/dates';
import { Company } from '../company/company.type';
import { assertOwns, hasFullAccess, Permission, seesAllOf } from '../auth/access';
import { Caller, sourceOf } from '../auth/caller';
import { CompanyLoaders } from '../company/company.loaders';
import { validateNamedArg } from '../common/validation';
import { READINESS_CRITERIA } from './readiness.criteria';
import { ReadinessAnswersInput } from './readiness.input';
import { labelOnly, ReadinessService } from './readiness.service';
import { ReadinessAnswer, ReadinessAssessment, ReadinessCriterion } from './readiness.type';

/** What the readiness resolvers read from the request context. */
export type ReadinessContext = { caller: Caller; loaders: CompanyLoaders };

@Resolver(() => ReadinessAssessment)
export class ReadinessResolver {
  constructor(private readonly readinessService: ReadinessService) {}

  @Query(() => [ReadinessCriterion], { description: 'The Defence Ready criteria catalogue' })
  readinessCriteria(): ReadinessCriterion[] {
    return READINESS_CRITERIA;
  }

  @Query(() => ReadinessAssessment, { nullable: true })
  async readinessAssessment(@Arg('assessmentId', () => ID) assessmentId: string, @Ctx() { caller }: ReadinessContext): Promise<ReadinessAssessment> {
    const assessment = await this.readinessService.get(assessmentId);
    return seesAllOf(caller, assessment.companyId) ? assessment : labelOnly(assessment);
  }

  @Mutation(() => ReadinessAssessment, { description: 'Starts a self-assessment (DRAFT); a company has at most one open' })
  startReadinessAssessment(@Arg('companyId', () => ID) companyId: string, @Ctx() { caller }: ReadinessContext): Promise<ReadinessAssessment> {
    assertOwns(caller, companyId, 'companyId', 'the self-assessment of');
    return this.readinessService.start(companyId, sourceOf(caller));
  }

  @Mutation(() => ReadinessAssessment, { description: 'Saves the answers of a draft' })
  async saveReadinessAnswers(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('input', () => ReadinessAnswersInput, { validateFn: validateNamedArg('input') }) input: ReadinessAnswersInput,
    @Ctx() { caller }: ReadinessContext,
  ): Promise<ReadinessAssessment> {
    await this.requireOwnAssessment(caller, assessmentId);
    return this.readinessService.saveAnswers(assessmentId, input);
  }

  @Mutation(() => ReadinessAssessment, { description: 'Submits a draft; the automatic plausibility checks run at once and reject it or pass it on' })
  async submitReadinessAssessment(@Arg('assessmentId', () => ID) assessmentId: string, @Ctx() { caller }: ReadinessContext): Promise<ReadinessAssessment> {
    await this.requireOwnAssessment(caller, assessmentId);
    return this.readinessService.submit(assessmentId, sourceOf(caller));
  }

  @Authorized(Permission.AWARD_READINESS)
  @Mutation(() => ReadinessAssessment, { description: 'Awards the Defence Ready label after the plausibility check' })
  awardReadiness(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Ctx() { caller }: ReadinessContext,
    @Arg('validityMonths', () => Int, { defaultValue: 24 }) validityMonths: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ): Promise<ReadinessAssessment> {
    return this.readinessService.award(assessmentId, sourceOf(caller), validityMonths, reason ?? null);
  }

  @Authorized(Permission.REJECT_READINESS)
  @Mutation(() => ReadinessAssessment, { description: 'Rejects an assessment in plausibility check, with reasons' })
  rejectReadiness(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('reasons', () => [String]) reasons: string[],
    @Ctx() { caller }: ReadinessContext,
  ): Promise<ReadinessAssessment> {
    return this.readinessService.reject(assessmentId, sourceOf(caller), reasons);
  }

  @Authorized(Permission.EXPIRE_READINESS)
  @Mutation(() => [ReadinessAssessment], { description: 'Marks awards whose validity ended before asOf (default today) as EXPIRED' })
  expireReadinessAssessments(
    @Ctx() { caller }: ReadinessContext,
    @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf?: string,
  ): Promise<ReadinessAssessment[]> {
    return this.readinessService.expire(asOf ?? today(), sourceOf(caller));
  }

  @FieldResolver(() => Company)
  company(@Root() assessment: ReadinessAssessment, @Ctx() { loaders }: ReadinessContext): Promise<Company | null> {
    return loaders.company.load(assessment.companyId);
  }

  /** A company key may work only on its own company's self-assessment. */
  private async requireOwnAssessment(caller: Caller, assessmentId: string): Promise<void> {
    if (hasFullAccess(caller)) return;
    const assessment = await this.readinessService.get(assessmentId);
    assertOwns(caller, assessment.companyId, 'assessmentId', 'the self-assessment of');
  }
}

@Resolver(() => ReadinessAnswer)
export class ReadinessAnswerResolver {
  @FieldResolver(() => ReadinessCriterion)
  criterion(@Root() answer: ReadinessAnswer): ReadinessCriterion | undefined {
    return READINESS_CRITERIA.find((c) => c.id === answer.criterionId);
  }
}
