import { registerTexts } from '../../app/i18n';
import { partnerTexts } from './texts';

registerTexts(partnerTexts);

export { InviteAcceptForm } from './InviteAcceptForm';
export { NotificationsList } from './NotificationsList';
export { PartnerRequestForm } from './PartnerRequestForm';
export { RequestsTable } from './RequestsTable';
export { StatementView } from './StatementView';
export { StatusBadge } from './StatusBadge';
export { statementFileName } from './download';
export { formatEuros, formatHours, hoursText } from './money';
export { partnerProblem } from './problem';
export {
  BOOKING_REQUESTS,
  MY_ORGANISATION,
  REQUEST_FIELDS,
  STATEMENT_ORGANISATIONS,
  USAGE_STATEMENT,
  USAGE_STATEMENT_CSV,
} from './documents';
