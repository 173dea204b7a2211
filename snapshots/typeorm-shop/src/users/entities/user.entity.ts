import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToMany,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Order } from '../../orders/entities/order.entity';
import { Profile } from '../../profiles/entities/profile.entity';

export const USER_ROLE_VALUES = ['admin', 'member'] as const;
export type UserRole = (typeof USER_ROLE_VALUES)[number];

@Entity({ name: 'users' })
@Index(['email', 'createdAt'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 320, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  displayName: string | null;

  @Column({ type: 'enum', enum: [...USER_ROLE_VALUES], default: 'member' })
  role: UserRole;

  @OneToMany(() => Order, (order) => order.customer)
  orders: Relation<Order>[];

  @Column({ type: 'uuid', nullable: true })
  profileId: string | null;

  @OneToOne(() => Profile)
  @JoinColumn({ name: 'profileId' })
  profile: Relation<Profile> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
