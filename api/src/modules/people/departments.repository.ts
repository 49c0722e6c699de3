import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ClusterEntity } from './cluster.entity.js';
import { DepartmentEntity } from './department.entity.js';

export type DepartmentRow = { id: string; name: string; clusterId: string; clusterName: string; headcount: number };

@Injectable()
export class DepartmentsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  listClusters(): Promise<ClusterEntity[]> {
    return this.ds.getRepository(ClusterEntity).find({ order: { name: 'ASC' } });
  }

  list(id?: string, em: EntityManager = this.ds.manager): Promise<DepartmentRow[]> {
    return em.query<DepartmentRow[]>(
      `SELECT d.id, d.name, c.id AS "clusterId", c.name AS "clusterName",
              (SELECT count(*)::int FROM users u WHERE u.department_id = d.id AND u.active AND u.counts_in_headcount) AS headcount
         FROM departments d JOIN clusters c ON c.id = d.cluster_id
        WHERE $1::uuid IS NULL OR d.id = $1
        ORDER BY c.name, d.name`,
      [id ?? null],
    );
  }

  insertCluster(name: string, em: EntityManager = this.ds.manager): Promise<ClusterEntity> {
    const repo = em.getRepository(ClusterEntity);
    return repo.save(repo.create({ name }));
  }

  insertDepartment(values: { name: string; clusterId: string }, em: EntityManager = this.ds.manager): Promise<DepartmentEntity> {
    const repo = em.getRepository(DepartmentEntity);
    return repo.save(repo.create(values));
  }

  findCluster(id: string, em: EntityManager = this.ds.manager): Promise<ClusterEntity | null> {
    return em.getRepository(ClusterEntity).findOneBy({ id });
  }

  findDepartment(id: string, em: EntityManager = this.ds.manager): Promise<DepartmentEntity | null> {
    return em.getRepository(DepartmentEntity).findOneBy({ id });
  }

  async updateCluster(id: string, name: string, em: EntityManager): Promise<void> {
    await em.getRepository(ClusterEntity).update({ id }, { name });
  }

  async updateDepartment(id: string, values: Partial<Pick<DepartmentEntity, 'name' | 'clusterId'>>, em: EntityManager): Promise<void> {
    await em.getRepository(DepartmentEntity).update({ id }, values);
  }

  /** Users (active or not) still in the department: it cannot go while anyone refers to it. */
  async userCount(departmentId: string, em: EntityManager): Promise<number> {
    const [row] = await em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM users WHERE department_id = $1`, [departmentId]);
    return row!.n;
  }

  async departmentCount(clusterId: string, em: EntityManager): Promise<number> {
    const [row] = await em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM departments WHERE cluster_id = $1`, [clusterId]);
    return row!.n;
  }

  async deleteDepartment(id: string, em: EntityManager): Promise<void> {
    await em.getRepository(DepartmentEntity).delete({ id });
  }

  async deleteCluster(id: string, em: EntityManager): Promise<void> {
    await em.getRepository(ClusterEntity).delete({ id });
  }

  /** Department ids by lower-cased name, for matching a spreadsheet's column. */
  async idsByName(em: EntityManager = this.ds.manager): Promise<Map<string, string>> {
    const rows = await em.query<{ id: string; name: string }[]>(`SELECT id, name FROM departments`);
    return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
  }
}
