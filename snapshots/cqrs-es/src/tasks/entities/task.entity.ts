import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const TASK_PRIORITY_VALUES = ['low', 'normal', 'high'] as const;
export type TaskPriority = (typeof TASK_PRIORITY_VALUES)[number];

@Entity({ name: 'tasks' })
export class Task {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'enum', enum: [...TASK_PRIORITY_VALUES], default: 'normal' })
  priority: TaskPriority;

  @Column({ type: 'boolean', default: false })
  done: boolean;

  @Index()
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
