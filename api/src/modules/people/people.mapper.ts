import type { UserRow } from './users.repository.js';
import type { UserModel, UserSummaryModel } from './user.model.js';

export function toUserModel(u: UserRow): UserModel {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    roles: u.roles,
    department: u.departmentId ? { id: u.departmentId, name: u.departmentName ?? '' } : null,
    organisationId: u.organisationId,
    fte: Number(u.fte),
    countsInHeadcount: u.countsInHeadcount,
    screenWorker: u.screenWorker,
    locale: u.locale,
    active: u.active,
  };
}

export function toUserSummary(u: Pick<UserRow, 'id' | 'displayName' | 'departmentName'>): UserSummaryModel {
  return { id: u.id, displayName: u.displayName, departmentName: u.departmentName };
}
