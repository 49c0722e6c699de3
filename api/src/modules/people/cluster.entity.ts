import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('clusters')
@Unique('clusters_name_key', ['name'])
@Check('clusters_name_check', 'length(name) BETWEEN 1 AND 200')
export class ClusterEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'clusters_pkey' })
  id!: string;

  @Column('text')
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
