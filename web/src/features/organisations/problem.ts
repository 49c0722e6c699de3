export { partnerProblem as organisationProblem } from '../partners';
