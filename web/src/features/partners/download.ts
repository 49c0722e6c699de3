/** `gebruik-vereniging-de-kleine-beek-vzw-2027-01.csv` */
export function statementFileName(organisation: string, month: string): string {
  const slug = organisation
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `gebruik-${slug}-${month}.csv`;
}
