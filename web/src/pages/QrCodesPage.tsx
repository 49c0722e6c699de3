import { useTranslation } from 'react-i18next';
import { QrSheet } from '../features/check-in';
import { usePageTitle } from '../ui/usePageTitle';

/** Printable QR codes per floor, for facility managers. */
export default function QrCodesPage() {
  const { t } = useTranslation();
  usePageTitle(t('checkIn.qr.title'));
  return <QrSheet />;
}
