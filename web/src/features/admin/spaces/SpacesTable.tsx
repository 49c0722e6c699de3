import { Badge, Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminSpace } from './SpaceForm';

/** The floor's spaces with what matters for booking them; tick several to change them together. */
export function SpacesTable({
  spaces,
  selected,
  onSelect,
  onEdit,
}: {
  spaces: AdminSpace[];
  selected: Set<string>;
  onSelect: (ids: Set<string>) => void;
  onEdit: (space: AdminSpace) => void;
}) {
  const { t } = useTranslation();
  const all = spaces.length > 0 && spaces.every((s) => selected.has(s.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('admin.spaces.caption', { count: spaces.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <Checkbox
                aria-label={t('admin.spaces.selectAll')}
                checked={all}
                indeterminate={!all && selected.size > 0}
                onChange={() => onSelect(all ? new Set() : new Set(spaces.map((s) => s.id)))}
              />
            </Table.Th>
            <Table.Th scope="col">{t('admin.spaces.name')}</Table.Th>
            <Table.Th scope="col">{t('admin.spaces.kind')}</Table.Th>
            <Table.Th scope="col">{t('admin.spaces.zone')}</Table.Th>
            <Table.Th scope="col">{t('admin.spaces.capacity')}</Table.Th>
            <Table.Th scope="col">{t('admin.spaces.equipment')}</Table.Th>
            <Table.Th scope="col">{t('admin.spaces.access')}</Table.Th>
            <Table.Th scope="col">{t('admin.spaces.status')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('admin.common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {spaces.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Checkbox
                  aria-label={t('admin.spaces.select', { name: s.name })}
                  checked={selected.has(s.id)}
                  onChange={() => toggle(s.id)}
                />
              </Table.Td>
              <Table.Th scope="row">{s.name}</Table.Th>
              <Table.Td>{t(`kinds.${s.kind}`)}</Table.Td>
              <Table.Td>{s.zone?.name ?? '—'}</Table.Td>
              <Table.Td>{s.capacity}</Table.Td>
              <Table.Td>{s.equipment.map((e) => t(`equipment.${e}`)).join(', ') || '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {[
                    s.confidential && t('admin.spaces.confidentialShort'),
                    s.requiresApproval && t('admin.spaces.approvalShort'),
                    s.partnerAccess && t('admin.spaces.partnersShort'),
                    s.bookableByRoles.map((r) => t(`roles.${r}`)).join(', '),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="filled" color={s.active ? '#2b7a3d' : '#5c636a'}>
                  {s.active ? t('admin.common.active') : t('admin.common.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => onEdit(s)}>
                    {t('admin.spaces.edit', { name: s.name })}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
