import { registerTexts } from '../../app/i18n';
import { reportTexts } from './texts';

registerTexts(reportTexts);

export { MeasuresTable } from './MeasuresTable';
export { ReportDashboard } from './ReportDashboard';
export { TargetsEditor } from './TargetsEditor';
export { SUCCESS_MEASURES, SUCCESS_MEASURES_CSV } from './documents';
