import { Fieldset, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type DetailsValues = { clientPseudonym: string; caseReference: string; note: string };
export const EMPTY_DETAILS: DetailsValues = { clientPseudonym: '', caseReference: '', note: '' };

/** The three client-detail inputs, grouped and labelled as encrypted. */
export function DetailsFields({ value, onChange }: { value: DetailsValues; onChange: (v: DetailsValues) => void }) {
  const { t } = useTranslation();
  const set = (k: keyof DetailsValues) => (e: { currentTarget: { value: string } }) => onChange({ ...value, [k]: e.currentTarget.value });
  return (
    <Fieldset legend={t('confidential.fields.legend')}>
      <TextInput
        label={t('confidential.fields.pseudonym')}
        description={t('confidential.fields.pseudonymHelp')}
        maxLength={100}
        autoComplete="off"
        value={value.clientPseudonym}
        onChange={set('clientPseudonym')}
      />
      <TextInput
        mt="sm"
        label={t('confidential.fields.caseReference')}
        maxLength={60}
        autoComplete="off"
        value={value.caseReference}
        onChange={set('caseReference')}
      />
      <Textarea
        mt="sm"
        label={t('confidential.fields.note')}
        description={t('confidential.fields.noteHelp')}
        maxLength={500}
        autosize
        minRows={2}
        value={value.note}
        onChange={set('note')}
      />
    </Fieldset>
  );
}

/** What the API expects: empty inputs as null. */
export function detailsInput(v: DetailsValues) {
  const clean = (s: string) => (s.trim() ? s.trim() : null);
  return { clientPseudonym: clean(v.clientPseudonym), caseReference: clean(v.caseReference), note: clean(v.note) };
}
