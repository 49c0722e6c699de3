import { Badge, Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanDesk } from './FloorPlan';
import { STATE_STYLE } from './FloorPlan';

export type ListDesk = PlanDesk & { zoneName: string | null; equipment: string[] };

/** The same information as the floor plan, as a table (for screen readers and small screens). */
export function DeskList({ desks, onBook }: { desks: ListDesk[]; onBook: (deskId: string) => void }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('desks.list')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('kinds.DESK')}</Table.Th>
            <Table.Th scope="col">{t('desks.zone')}</Table.Th>
            <Table.Th scope="col">{t('desks.equipment')}</Table.Th>
            <Table.Th scope="col">{t('details.status')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('booking.submit')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {desks.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Th scope="row">{d.name}</Table.Th>
              <Table.Td>{d.zoneName ?? '—'}</Table.Td>
              <Table.Td>{d.equipment.map((e) => t(`equipment.${e}`)).join(', ') || '—'}</Table.Td>
              <Table.Td>
                <Badge
                  variant="filled"
                  color={STATE_STYLE[d.state].badge}
                  leftSection={<span aria-hidden>{STATE_STYLE[d.state].glyph}</span>}
                >
                  {t(`desks.${d.state}`)}
                  {d.state === 'taken' && d.takenBy ? ` — ${d.takenBy}` : ''}
                </Badge>
              </Table.Td>
              <Table.Td>
                {d.state === 'free' && (
                  <Button size="xs" onClick={() => onBook(d.id)}>
                    {t('desks.book', { name: d.name })}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
