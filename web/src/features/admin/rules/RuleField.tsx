import { Checkbox, Group, NumberInput, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SLOT_CHOICES, type RuleInfo, type RuleValue } from './rule-info';

/** One rule's input, labelled in plain words; a rule that may be empty has a "no limit" box. */
export function RuleField({
  rule,
  value,
  onChange,
  description,
}: {
  rule: RuleInfo;
  value: RuleValue;
  onChange: (v: RuleValue) => void;
  description?: string;
}) {
  const { t } = useTranslation();
  const label = t(`admin.rules.names.${rule.key}`);
  if (rule.type === 'boolean') {
    return <Switch label={label} description={description} checked={Boolean(value)} onChange={(e) => onChange(e.currentTarget.checked)} />;
  }
  if (rule.type === 'slot') {
    return (
      <Select
        label={label}
        description={description}
        data={SLOT_CHOICES.map((n) => ({ value: String(n), label: t('admin.rules.min', { count: n }) }))}
        value={value === null ? null : String(value)}
        onChange={(v) => v && onChange(Number(v))}
        allowDeselect={false}
      />
    );
  }
  const unit = rule.type === 'days' ? t('admin.rules.daysUnit') : rule.type === 'count' ? '' : t('admin.rules.minutesUnit');
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <NumberInput
        label={label}
        description={description}
        min={rule.min}
        max={rule.max}
        value={value === null ? '' : Number(value)}
        disabled={value === null}
        onChange={(v) => onChange(typeof v === 'number' ? v : (rule.min ?? 0))}
        rightSection={unit ? <span aria-hidden>{unit}</span> : undefined}
        rightSectionWidth={unit ? 44 : undefined}
        style={{ flex: 1 }}
        allowDecimal={false}
      />
      {rule.nullable && (
        <Checkbox
          mb={8}
          label={t(`admin.rules.none.${rule.key}`)}
          checked={value === null}
          onChange={(e) => onChange(e.currentTarget.checked ? null : (rule.min ?? 1))}
        />
      )}
    </Group>
  );
}
