import { Authorized, Query, Resolver } from 'type-graphql';

import { Permission } from '../auth/access';
import { ConfirmationService } from './confirmation.service';
import { PendingConfirmations } from './confirmation.type';

@Resolver(() => PendingConfirmations)
export class ConfirmationResolver {
  constructor(private readonly confirmationService: ConfirmationService) {}

  @Authorized(Permission.LIST_PENDING_CONFIRMATIONS)
  @Query(() => PendingConfirmations, { description: 'What waits for confirmation: pending supply links, clearances and parent groups (staff only)' })
  pendingConfirmations(): Promise<PendingConfirmations> {
    return this.confirmationService.pending();
  }
}
