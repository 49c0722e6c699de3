import { useMutation } from '@apollo/client/react';
import { Badge, Button, Code, FileInput, Group, List, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminImportUsersMutation } from '../../../gql/admin/graphql';
import { Notice } from '../../../ui/Notice';
import { notify } from '../../../ui/notify';
import { useConfirm } from '../ConfirmDialog';
import { IMPORT_USERS } from '../documents';
import { problemText } from '../problems';

type Result = AdminImportUsersMutation['importUsers'];
const ACTION_COLOUR: Record<string, string> = { CREATE: '#1c4f8a', UPDATE: '#6c5b32', UNCHANGED: '#5c636a', INVALID: '#b3261e' };

/**
 * Users from a spreadsheet: first a check that shows what every row would do and what is wrong
 * with it (nothing is written), then the import itself — all rows, or none while any row is wrong.
 */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [importUsers, { loading }] = useMutation(IMPORT_USERS);
  const { confirm, dialog } = useConfirm();

  async function run(dryRun: boolean) {
    setProblem(null);
    try {
      const { data } = await importUsers({ variables: { input: { csv, dryRun } } });
      if (!data) return;
      setResult(data.importUsers);
      if (!dryRun) {
        notify(t('admin.import.done', { created: data.importUsers.created, updated: data.importUsers.updated }));
        onImported();
      }
    } catch (err) {
      setResult(null);
      setProblem(problemText(t, err));
    }
  }

  async function apply() {
    if (!result) return;
    const ok = await confirm({
      title: t('admin.import.confirmTitle'),
      message: t('admin.import.confirm', { created: result.created, updated: result.updated }),
      confirmLabel: t('admin.import.apply'),
    });
    if (ok) await run(false);
  }

  const ready = result && !result.applied && result.invalid === 0 && result.created + result.updated > 0;
  return (
    <Stack>
      <Text>{t('admin.import.intro')}</Text>
      <List size="sm">
        <List.Item>
          <Code>email</Code> / <Code>e-mail</Code>, <Code>naam</Code> / <Code>name</Code> — {t('admin.import.required')}
        </List.Item>
        <List.Item>
          <Code>rollen</Code>, <Code>dienst</Code>, <Code>vte</Code>, <Code>beeldschermwerker</Code>, <Code>taal</Code> —{' '}
          {t('admin.import.optional')}
        </List.Item>
      </List>
      <FileInput
        label={t('admin.import.file')}
        accept=".csv,text/csv,text/plain"
        value={file}
        clearable
        clearButtonProps={{ 'aria-label': t('admin.plan.clearFile') }}
        w={340}
        onChange={(f) => {
          setFile(f);
          setResult(null);
          if (f) void f.text().then(setCsv);
        }}
      />
      <Textarea
        label={t('admin.import.paste')}
        value={csv}
        onChange={(e) => {
          setCsv(e.currentTarget.value);
          setResult(null);
        }}
        autosize
        minRows={4}
        maxRows={12}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Group>
        <Button variant="default" onClick={() => void run(true)} disabled={!csv.trim()} loading={loading && !ready}>
          {t('admin.import.check')}
        </Button>
        <Button onClick={() => void apply()} disabled={!ready} loading={loading && Boolean(ready)}>
          {t('admin.import.apply')}
        </Button>
      </Group>
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      {result && (
        <Stack gap="xs">
          <Notice
            tone={result.invalid ? 'warn' : 'ok'}
            role="status"
            title={result.applied ? t('admin.import.appliedTitle') : t('admin.import.checkedTitle')}
          >
            {t('admin.import.summary', {
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
              invalid: result.invalid,
            })}
            {result.invalid > 0 && !result.applied && ` ${t('admin.import.fixFirst')}`}
          </Notice>
          <Table.ScrollContainer minWidth={640}>
            <Table striped captionSide="top">
              <Table.Caption>{t('admin.import.rows')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.import.line')}</Table.Th>
                  <Table.Th scope="col">{t('admin.people.email')}</Table.Th>
                  <Table.Th scope="col">{t('admin.people.name')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.result')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.rows.map((r) => (
                  <Table.Tr key={r.line}>
                    <Table.Td>{r.line}</Table.Td>
                    <Table.Th scope="row" fw={400}>
                      {r.email || '—'}
                    </Table.Th>
                    <Table.Td>{r.displayName || '—'}</Table.Td>
                    <Table.Td>
                      <Badge variant="filled" color={ACTION_COLOUR[r.action]}>
                        {t(`admin.import.actions.${r.action}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {r.errors.length
                        ? r.errors
                            .map(
                              (e) =>
                                `${t(`admin.import.fields.${e.field}`)}: ${t(`admin.import.reasons.${e.reason}`, { defaultValue: e.message })}`,
                            )
                            .join('; ')
                        : r.changes.map((c) => t(`admin.import.fields.${c}`)).join(', ')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {dialog}
    </Stack>
  );
}
