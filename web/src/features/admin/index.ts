import { registerTexts } from '../../app/i18n';
import { adminTexts } from './texts';

registerTexts(adminTexts);

export { AdminHeader, ADMIN_SECTIONS } from './AdminHeader';
export { ADMIN_PEOPLE, ADMIN_SITES, ADMIN_SPACES } from './documents';
export { ClosuresPanel } from './sites/ClosuresPanel';
export { FloorsPanel } from './sites/FloorsPanel';
export { SiteForm, type AdminSite } from './sites/SiteForm';
export { PlanEditor } from './plan/PlanEditor';
export { PlanUpload } from './plan/PlanUpload';
export { SPACE_KINDS } from './spaces/options';
export { SpaceForm, type AdminSpace } from './spaces/SpaceForm';
export { SpacesTable } from './spaces/SpacesTable';
export { BulkEditDialog } from './spaces/BulkEditDialog';
export { RulesEditor } from './rules/RulesEditor';
export { UsersPanel } from './people/UsersPanel';
export { OrganisationPanel } from './people/OrganisationPanel';
export { ImportPanel } from './people/ImportPanel';
export { ChangesTable } from './changes/ChangesTable';
