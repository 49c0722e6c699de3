import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { TransactionRunner } from '../../database/transaction.js';
import { AdminChangesService } from '../administration/admin-changes.service.js';
import type { ClusterEntity } from './cluster.entity.js';
import { DepartmentsRepository, type DepartmentRow } from './departments.repository.js';
import type { UpdateDepartmentInput } from './dto/department.inputs.js';

/** Departments (diensten) and the clusters they belong to; every change is recorded. */
@Injectable()
export class DepartmentsService {
  constructor(
    private readonly repo: DepartmentsRepository,
    private readonly changes: AdminChangesService,
    private readonly tx: TransactionRunner,
  ) {}

  list(): Promise<DepartmentRow[]> {
    return this.repo.list();
  }

  listClusters(): Promise<ClusterEntity[]> {
    return this.repo.listClusters();
  }

  createCluster(viewer: Viewer, name: string): Promise<ClusterEntity> {
    return this.tx.run(async (em) => {
      const cluster = await this.repo.insertCluster(name, em);
      await this.changes.record(em, viewer, {
        action: 'cluster.create',
        targetType: 'CLUSTER',
        targetId: cluster.id,
        targetLabel: name,
        after: { name },
      });
      return cluster;
    });
  }

  updateCluster(viewer: Viewer, id: string, name: string): Promise<ClusterEntity> {
    return this.tx.run(async (em) => {
      const cluster = await this.repo.findCluster(id, em);
      if (!cluster) throw notFound('Cluster', 'id');
      await this.repo.updateCluster(id, name, em);
      await this.changes.record(em, viewer, {
        action: 'cluster.update',
        targetType: 'CLUSTER',
        targetId: id,
        targetLabel: name,
        before: { name: cluster.name },
        after: { name },
      });
      return { ...cluster, name };
    });
  }

  deleteCluster(viewer: Viewer, id: string): Promise<ClusterEntity> {
    return this.tx.run(async (em) => {
      const cluster = await this.repo.findCluster(id, em);
      if (!cluster) throw notFound('Cluster', 'id');
      const departments = await this.repo.departmentCount(id, em);
      if (departments > 0) {
        throw new DomainError('CLUSTER_NOT_EMPTY', 'Move or delete the cluster’s departments first', { params: { departments } });
      }
      await this.repo.deleteCluster(id, em);
      await this.changes.record(em, viewer, {
        action: 'cluster.delete',
        targetType: 'CLUSTER',
        targetId: id,
        targetLabel: cluster.name,
        before: { name: cluster.name },
      });
      return cluster;
    });
  }

  createDepartment(viewer: Viewer, values: { name: string; clusterId: string }): Promise<DepartmentRow> {
    return this.tx.run(async (em) => {
      const created = await this.repo.insertDepartment(values, em);
      await this.changes.record(em, viewer, {
        action: 'department.create',
        targetType: 'DEPARTMENT',
        targetId: created.id,
        targetLabel: created.name,
        after: { name: created.name, clusterId: created.clusterId },
      });
      return (await this.repo.list(created.id, em))[0]!;
    });
  }

  updateDepartment(viewer: Viewer, input: UpdateDepartmentInput): Promise<DepartmentRow> {
    return this.tx.run(async (em) => {
      const department = await this.repo.findDepartment(input.id, em);
      if (!department) throw notFound('Department', 'id');
      const next = { name: input.name ?? department.name, clusterId: input.clusterId ?? department.clusterId };
      await this.repo.updateDepartment(input.id, next, em);
      await this.changes.record(em, viewer, {
        action: 'department.update',
        targetType: 'DEPARTMENT',
        targetId: input.id,
        targetLabel: next.name,
        before: { name: department.name, clusterId: department.clusterId },
        after: next,
      });
      return (await this.repo.list(input.id, em))[0]!;
    });
  }

  deleteDepartment(viewer: Viewer, id: string): Promise<DepartmentRow> {
    return this.tx.run(async (em) => {
      const [department] = await this.repo.list(id, em);
      if (!department) throw notFound('Department', 'id');
      const users = await this.repo.userCount(id, em);
      if (users > 0) {
        throw new DomainError('DEPARTMENT_NOT_EMPTY', 'Move the department’s users to another department first', { params: { users } });
      }
      await this.repo.deleteDepartment(id, em);
      await this.changes.record(em, viewer, {
        action: 'department.delete',
        targetType: 'DEPARTMENT',
        targetId: id,
        targetLabel: department.name,
        before: { name: department.name, clusterId: department.clusterId },
      });
      return department;
    });
  }
}
