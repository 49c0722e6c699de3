import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRange, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS } from './documents';

/** The viewer's notifications, newest first, worded here in the viewer's language. */
export function NotificationsList() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data } = useQuery(NOTIFICATIONS);
  const [markRead, { loading }] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries: [NOTIFICATIONS] });
  const notes = data?.notifications ?? [];
  const unread = notes.filter((n) => !n.readAt).length;
  return (
    <Stack gap="xs" component="section" aria-labelledby="notifications-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="notifications-title">
          {t('partners.notifications.title')}
        </Title>
        {unread > 0 && (
          <Button variant="default" size="xs" loading={loading} onClick={() => void markRead({ variables: { input: {} } })}>
            {t('partners.notifications.markAll')}
          </Button>
        )}
      </Group>
      {notes.length === 0 ? (
        <Notice>{t('partners.notifications.empty')}</Notice>
      ) : (
        <List spacing="xs" listStyleType="none" p={0}>
          {notes.map((n) => {
            const zone = n.timeZone ?? 'Europe/Brussels';
            const range = n.startsAt && n.endsAt ? formatRange(new Date(n.startsAt), new Date(n.endsAt), locale, zone) : '';
            const when = n.count > 1 ? t('partners.notifications.dates', { count: n.count, when: range }) : range;
            return (
              <List.Item key={n.id}>
                <Text fw={n.readAt ? 400 : 700}>
                  {!n.readAt && (
                    <Badge color="dark" variant="filled" size="sm" mr={6}>
                      {t('partners.notifications.unread')}
                    </Badge>
                  )}
                  {t(`partners.notifications.${n.kind}`, { space: `${n.spaceName ?? ''} (${n.siteName ?? ''})`, when })}
                </Text>
                {n.reason && n.kind !== 'BOOKING_REQUEST_EXPIRED' && (
                  <Text size="sm">{t('partners.notifications.reason', { reason: n.reason })}</Text>
                )}
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
