import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../auth/decorators.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { OutboxMessagesArgs } from './dto/outbox.inputs.js';
import { MailStatusModel, OutboxMessageModel } from './outbox.model.js';
import { OutboxService } from './outbox.service.js';

/** The e-mail outbox: what was and will be sent, and how delivery goes. Administrators only. */
@Roles('ADMIN')
@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly outbox: OutboxService) {}

  @Query(() => [OutboxMessageModel], { description: 'Outbox messages, newest first' })
  outboxMessages(@Args() args: OutboxMessagesArgs): Promise<OutboxMessageModel[]> {
    return this.outbox.list(args);
  }

  @Query(() => MailStatusModel, { description: 'SMTP settings in use and the outbox by status' })
  mailStatus(): Promise<MailStatusModel> {
    return this.outbox.status();
  }

  @Mutation(() => OutboxMessageModel, { description: 'Gives a FAILED message a new round of attempts, starting now' })
  retryOutboxMessage(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<OutboxMessageModel> {
    return this.outbox.retry(id);
  }
}
