import { useQuery } from '@apollo/client/react';
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLLEAGUES } from './documents';

/** Colleagues picked by searching their name; keeps the labels of those already chosen. */
export function AttendeesField({ value, onChange, error }: { value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [known, setKnown] = useState<Record<string, string>>({});
  const { data } = useQuery(COLLEAGUES, { variables: { search: debounced }, skip: debounced.length < 2 });
  const found = data?.colleagues ?? [];
  const options = [
    ...value.map((id) => ({ value: id, label: known[id] ?? id })),
    ...found
      .filter((c) => !value.includes(c.id))
      .map((c) => ({ value: c.id, label: c.departmentName ? `${c.displayName} (${c.departmentName})` : c.displayName })),
  ];
  return (
    <MultiSelect
      label={t('booking.attendees')}
      placeholder={t('booking.attendeesPlaceholder')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={value}
      filter={({ options: o }) => o}
      onChange={(ids) => {
        setKnown((k) => ({ ...k, ...Object.fromEntries(options.filter((o) => ids.includes(o.value)).map((o) => [o.value, o.label])) }));
        onChange(ids);
      }}
      error={error}
      maxValues={100}
      clearable
    />
  );
}
