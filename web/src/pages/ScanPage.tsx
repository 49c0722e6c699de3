import { useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { ScanView } from '../features/check-in';
import { usePageTitle } from '../ui/usePageTitle';

/** The page a space's QR code opens (`/inchecken/<space id>`). */
export default function ScanPage() {
  const { t } = useTranslation();
  usePageTitle(t('checkIn.checkIn'));
  const { spaceId } = useParams<{ spaceId: string }>();
  return <ScanView spaceId={spaceId} />;
}
