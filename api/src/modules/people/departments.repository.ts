import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClusterEntity } from './cluster.entity.js';
import { DepartmentEntity } from './department.entity.js';

export type DepartmentRow = { id: string; name: string; clusterId: string; clusterName: string; headcount: number };

@Injectable()
export class DepartmentsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  listClusters(): Promise<ClusterEntity[]> {
    return this.ds.getRepository(ClusterEntity).find({ order: { name: 'ASC' } });
  }

  list(id?: string): Promise<DepartmentRow[]> {
    return this.ds.query<DepartmentRow[]>(
      `SELECT d.id, d.name, c.id AS "clusterId", c.name AS "clusterName",
              (SELECT count(*)::int FROM users u WHERE u.department_id = d.id AND u.active AND u.counts_in_headcount) AS headcount
         FROM departments d JOIN clusters c ON c.id = d.cluster_id
        WHERE $1::uuid IS NULL OR d.id = $1
        ORDER BY c.name, d.name`,
      [id ?? null],
    );
  }

  insertCluster(name: string): Promise<ClusterEntity> {
    const repo = this.ds.getRepository(ClusterEntity);
    return repo.save(repo.create({ name }));
  }

  insertDepartment(values: { name: string; clusterId: string }): Promise<DepartmentEntity> {
    const repo = this.ds.getRepository(DepartmentEntity);
    return repo.save(repo.create(values));
  }
}
