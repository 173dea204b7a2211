import {
  Column,
  CreateDateColumn,
  Entity,
  ManyToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Order } from '../../orders/entities/order.entity';

@Entity({ name: 'products' })
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 255, unique: true })
  sku: string;

  @Column({ type: 'numeric', precision: 10, scale: 2 })
  price: string;

  @Column({ type: 'integer', default: 0 })
  stock: number;

  @Column({ type: 'bigint', nullable: true })
  barcode: string | null;

  @Column({ type: 'double precision', nullable: true })
  weight: number | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'date', nullable: true })
  releasedOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  availableAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  supplierRef: string | null;

  @Column({ type: 'jsonb', nullable: true })
  attributes: Record<string, unknown> | null;

  @ManyToMany(() => Order, (order) => order.products)
  orders: Relation<Order>[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
