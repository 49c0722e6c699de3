export { FloorPlan, PlanLegend, type PlanZone } from './FloorPlan';
export { DeskList, type ListDesk } from './DeskList';
export { deskStates } from './desk-state';
export { authorizedFetch, usePlanImage } from './plan-image';
export { useFloorDesks } from './useFloorDesks';
