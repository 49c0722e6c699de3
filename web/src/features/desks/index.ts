export { FloorPlan, PlanLegend } from './FloorPlan';
export { DeskList, type ListDesk } from './DeskList';
export { deskStates } from './desk-state';
export { authorizedFetch, usePlanImage } from './plan-image';
