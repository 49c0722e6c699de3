import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql/confidential';

const COLLEAGUES = graphql(`
  query CoWorkerCandidates($search: String!) {
    colleagues(search: $search, first: 20) {
      id
      displayName
      departmentName
    }
  }
`);

/** One colleague picked by name; the API only accepts another active social worker. */
export function CoWorkerField({
  value,
  label: current,
  onChange,
  error,
  excludeId,
}: {
  value: string | null;
  label?: string;
  onChange: (id: string | null) => void;
  error?: string;
  excludeId?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [known, setKnown] = useState<Record<string, string>>(value && current ? { [value]: current } : {});
  const { data } = useQuery(COLLEAGUES, { variables: { search: debounced }, skip: debounced.length < 2 });
  const options = [
    ...(value ? [{ value, label: known[value] ?? value }] : []),
    ...(data?.colleagues ?? [])
      .filter((c) => c.id !== value && c.id !== excludeId)
      .map((c) => ({ value: c.id, label: c.departmentName ? `${c.displayName} (${c.departmentName})` : c.displayName })),
  ];
  return (
    <Select
      label={t('confidential.fields.coWorker')}
      description={t('confidential.fields.coWorkerHelp')}
      placeholder={t('confidential.fields.coWorkerPlaceholder')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={value}
      filter={({ options: o }) => o}
      nothingFoundMessage={debounced.length >= 2 ? '—' : undefined}
      onChange={(id) => {
        const picked = options.find((o) => o.value === id);
        if (picked) setKnown((k) => ({ ...k, [picked.value]: picked.label }));
        onChange(id);
      }}
      error={error}
    />
  );
}
