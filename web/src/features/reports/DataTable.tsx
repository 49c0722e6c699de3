import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The numbers behind a chart, folded away under "show as a table" (a native disclosure, keyboard-ready). */
export function DataTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: (string | number)[][] }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary style={{ cursor: 'pointer', padding: '4px 0' }}>{t('reports.showTable')}</summary>
      <Table.ScrollContainer minWidth={columns.length * 110}>
        <Table striped withTableBorder fz="sm">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c} scope="col">
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={i}>
                {r.map((cell, j) =>
                  j === 0 ? (
                    <Table.Th key={j} scope="row" fw={500}>
                      {cell}
                    </Table.Th>
                  ) : (
                    <Table.Td key={j}>{cell}</Table.Td>
                  ),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </details>
  );
}
