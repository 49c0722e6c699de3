/** Saves text as a file through the browser (the CSV already starts with its byte-order mark). */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
