import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../ui/Notice';
import { notify } from '../../../ui/notify';
import { Spinner } from '../../../ui/Spinner';
import { RULE_DEFAULTS, SET_RULES } from '../documents';
import { problemText } from '../problems';
import { RuleField } from './RuleField';
import { RULES, ruleInWords, type RuleKey, type RuleValue } from './rule-info';

/** The default rules of every kind of space, side by side in plain words, and a form to change one kind's. */
export function RulesEditor() {
  const { t } = useTranslation();
  const { data } = useQuery(RULE_DEFAULTS);
  const [kind, setKind] = useState<string>('DESK');
  if (!data) return <Spinner />;
  const kinds = data.bookingRuleDefaults;
  const current = kinds.find((k) => k.kind === kind) ?? kinds[0]!;
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('admin.rules.overview')}
      </Title>
      <Text>{t('admin.rules.overviewHelp')}</Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withColumnBorders captionSide="top">
          <Table.Caption>{t('admin.rules.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.rules.rule')}</Table.Th>
              {kinds.map((k) => (
                <Table.Th key={k.kind} scope="col">
                  {t(`kinds.${k.kind}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {RULES.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row">
                  <Text fw={600} size="sm">
                    {t(`admin.rules.names.${r.key}`)}
                  </Text>
                  <Text size="xs" c="dimmed" fw={400}>
                    {t(`admin.rules.explain.${r.key}`)}
                  </Text>
                </Table.Th>
                {kinds.map((k) => (
                  <Table.Td key={k.kind}>{ruleInWords(t, r, k.rules[r.key])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={2} size="h3">
        {t('admin.rules.change')}
      </Title>
      <Select
        label={t('admin.rules.kind')}
        w={260}
        data={kinds.map((k) => ({ value: k.kind, label: t(`kinds.${k.kind}`) }))}
        value={current.kind}
        onChange={(v) => v && setKind(v)}
        allowDeselect={false}
      />
      <KindRulesForm key={current.kind} kind={current.kind} rules={current.rules} />
    </Stack>
  );
}

function KindRulesForm({ kind, rules }: { kind: string; rules: Record<RuleKey, RuleValue> }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<RuleKey, RuleValue>>(() => ({ ...rules }));
  const [problem, setProblem] = useState<string | null>(null);
  const [setRules, { loading }] = useMutation(SET_RULES, { refetchQueries: [RULE_DEFAULTS] });
  const changed = RULES.filter((r) => values[r.key] !== rules[r.key]);

  async function save() {
    setProblem(null);
    try {
      const input = Object.fromEntries(changed.map((r) => [r.key, values[r.key]]));
      await setRules({ variables: { input: { spaceKind: kind as never, ...input } } });
      notify(t('admin.rules.saved', { kind: t(`kinds.${kind}`) }));
    } catch (err) {
      setProblem(problemText(t, err));
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack>
        {problem && (
          <Notice tone="error" role="alert">
            {problem}
          </Notice>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {RULES.map((r) => (
            <RuleField
              key={r.key}
              rule={r}
              value={values[r.key]}
              description={t(`admin.rules.explain.${r.key}`)}
              onChange={(v) => setValues((old) => ({ ...old, [r.key]: v }))}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button type="submit" disabled={changed.length === 0} loading={loading}>
            {t('admin.rules.saveKind', { kind: t(`kinds.${kind}`) })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
