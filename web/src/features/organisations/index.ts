import { registerTexts } from '../../app/i18n';
import { organisationTexts } from './texts';

registerTexts(organisationTexts);

export { AccessForm } from './AccessForm';
export { AccountsPanel } from './AccountsPanel';
export { ApprovalQueue } from './ApprovalQueue';
export { EMPTY_ORGANISATION, OrganisationForm, type OrganisationValues } from './OrganisationForm';
export { SuspendPanel } from './SuspendPanel';
export { TariffsForm } from './TariffsForm';
export { ORGANISATION, ORGANISATIONS } from './documents';
