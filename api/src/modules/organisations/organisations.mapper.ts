import { formatEnterpriseNumber } from './enterprise-number.js';
import type { OrganisationAccessGrantModel, OrganisationModel } from './organisation.model.js';
import type { AccessRow, OrganisationRow } from './organisations.repository.js';

export function toOrganisationModel(o: OrganisationRow): OrganisationModel {
  return { ...o, enterpriseNumber: o.enterpriseNumber ? formatEnterpriseNumber(o.enterpriseNumber) : null };
}

export function toGrantModel(g: AccessRow): OrganisationAccessGrantModel {
  return {
    id: g.id,
    site: g.siteId ? { id: g.siteId, name: g.siteName ?? '', timeZone: g.siteTimeZone ?? 'Europe/Brussels' } : null,
    spaceKind: g.spaceKind,
    space: g.spaceId ? { id: g.spaceId, name: g.spaceName ?? '' } : null,
  };
}
