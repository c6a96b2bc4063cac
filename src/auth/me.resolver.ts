import { Ctx, Field, FieldResolver, ID, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';

import { CompanyLoaders } from '../company/company.loaders';
import { Company } from '../company/company.type';
import { hasFullAccess, mayRunCypher } from './access';
import { Caller, sourceOf } from './caller';

/** What the `me` resolver reads from the request context. */
export type MeContext = { caller: Caller; loaders: CompanyLoaders };

export enum CallerKind {
  ANONYMOUS = 'anonymous',
  STAFF = 'staff',
  COMPANY = 'company',
}
registerEnumType(CallerKind, { name: 'CallerKind', description: 'Who a request comes from (see Access in the README)' });

@ObjectType({ description: 'Who is asking: the holder of the API key of this request' })
export class Me {
  @Field(() => CallerKind)
  kind!: CallerKind;

  @Field(() => String, { nullable: true, description: 'The name given to the key' })
  name!: string | null;

  @Field(() => ID, { nullable: true, description: 'The company of a self-service key' })
  companyId!: string | null;

  @Field({ description: 'What a write of this caller is recorded as' })
  source!: string;

  @Field({ description: 'May do everything (staff, or an installation without keys)' })
  isStaff!: boolean;

  @Field({ description: 'May run ad-hoc Cypher: staff, or without keys a request from this machine' })
  mayRunCypher!: boolean;
}

@Resolver(() => Me)
export class MeResolver {
  @Query(() => Me, { description: 'The caller of this request, so that a client can show what it may change' })
  me(@Ctx() { caller }: MeContext): Me {
    return {
      kind: caller.kind as CallerKind, name: caller.name, companyId: caller.companyId, source: sourceOf(caller), isStaff: hasFullAccess(caller),
      mayRunCypher: mayRunCypher(caller),
    };
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The company of a self-service key' })
  company(@Root() me: Me, @Ctx() { loaders }: MeContext): Promise<Company | null> {
    return me.companyId ? loaders.company.load(me.companyId) : Promise.resolve(null);
  }
}
