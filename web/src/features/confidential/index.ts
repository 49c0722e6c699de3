import { registerTexts } from '../../app/i18n';
import { confidentialTexts } from './texts';

registerTexts(confidentialTexts);

export { AuditLogTable } from './AuditLogTable';
export { ConsultationForm } from './ConsultationForm';
export { ProposalsFlow } from './ProposalsFlow';
export { ReceptionBoard } from './ReceptionBoard';
export { TalksList } from './TalksList';
export { confidentialTexts } from './texts';
