import { notifications } from '@mantine/notifications';
import { i18next } from '../app/i18n';

/** A toast whose close button has a name, announced by screen readers. */
export function notify(message: string, tone: 'ok' | 'error' = 'ok'): void {
  notifications.show({
    message,
    color: tone === 'ok' ? 'green.9' : 'red.9',
    closeButtonProps: { 'aria-label': i18next.t('details.close') },
  });
}
