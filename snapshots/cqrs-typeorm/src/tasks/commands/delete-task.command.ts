import { Command } from '@nestjs/cqrs';

/**
 * DeleteTask: TasksService.remove() in a transaction that
 * appends TaskDeleted to the outbox.
 */
export class DeleteTaskCommand extends Command<void> {
  constructor(readonly id: string) {
    super();
  }
}
