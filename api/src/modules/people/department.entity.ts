import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ClusterEntity } from './cluster.entity.js';

@Entity('departments')
@Unique('departments_name_key', ['name'])
@Check('departments_name_check', 'length(name) BETWEEN 1 AND 200')
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'departments_pkey' })
  id!: string;

  @Index('departments_cluster_idx')
  @ForeignKey(() => ClusterEntity, { name: 'departments_cluster_fkey' })
  @Column('uuid', { name: 'cluster_id' })
  clusterId!: string;

  @Column('text')
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
