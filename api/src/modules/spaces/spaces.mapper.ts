import type { SpaceModel } from './space.model.js';
import type { SpaceRow } from './spaces.repository.js';

export function toSpaceModel(s: SpaceRow): SpaceModel {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    capacity: s.capacity,
    equipment: s.equipment,
    confidential: s.confidential,
    bookableByRoles: s.bookableByRoles,
    partnerAccess: s.partnerAccess,
    requiresApproval: s.requiresApproval,
    active: s.active,
    site: { id: s.siteId, name: s.siteName, timeZone: s.timeZone },
    floor: { id: s.floorId, name: s.floorName, level: s.floorLevel },
    zone: s.zoneId ? { id: s.zoneId, name: s.zoneName ?? '' } : null,
    position:
      s.posX !== null && s.posY !== null && s.width !== null && s.height !== null
        ? { x: s.posX, y: s.posY, width: s.width, height: s.height, rotation: s.rotation }
        : null,
    rules: s.rules,
    viewerCanBook: s.viewerCanBook,
  };
}
