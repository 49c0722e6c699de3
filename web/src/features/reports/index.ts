import './register-texts';

export { MeasuresTable } from './MeasuresTable';
export { ReportDashboard } from './ReportDashboard';
export { TargetsEditor } from './TargetsEditor';
export { SUCCESS_MEASURES, SUCCESS_MEASURES_CSV } from './documents';
