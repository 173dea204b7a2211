import { Module } from '@nestjs/common';
import { NoteServiceGrpcController } from '../notes/note.grpc-controller';
import { NotesModule } from '../notes/notes.module';
import { TagServiceGrpcController } from '../tags/tag.grpc-controller';
import { TagsModule } from '../tags/tags.module';
import { GrpcClientsModule } from './grpc-clients.module';
import { InventoryGrpcController } from './inventory/inventory.controller';
import { InventoryHandlers } from './inventory/inventory.handlers';

/**
 * The gRPC services of proto/notes_grpc.proto (served beside HTTP: grpc.transport.ts)
 * and the typed clients that call them.
 */
@Module({
  imports: [GrpcClientsModule, NotesModule, TagsModule],
  controllers: [
    InventoryGrpcController,
    NoteServiceGrpcController,
    TagServiceGrpcController,
  ],
  providers: [InventoryHandlers],
  exports: [GrpcClientsModule],
})
export class GrpcModule {}
