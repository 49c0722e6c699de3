import { DomainError } from '../../common/errors/domain-error.js';
import { planImport, readUserCsv, type ExistingUser } from './user-import.js';

const ctx = (existing: ExistingUser[] = [], viewerIsAdmin = false) => ({
  departments: new Map([['financiën', 'dep-fin']]),
  existing: new Map(existing.map((u) => [u.email, u])),
  viewerIsAdmin,
});

describe('reading a user CSV', () => {
  it('reads a semicolon-separated Dutch export with a BOM, quoted fields and decimal commas', () => {
    const csv =
      '\uFEFFE-mail;Naam;Rollen;Dienst;VTE;Beeldschermwerker\r\nan@kleinbeek.be;"Peeters; An";EMPLOYEE SOCIAL_WORKER;Financiën;0,8;ja\r\n\r\n';
    expect(readUserCsv(csv)).toEqual([
      {
        line: 2,
        values: {
          email: 'an@kleinbeek.be',
          displayName: 'Peeters; An',
          roles: 'EMPLOYEE SOCIAL_WORKER',
          department: 'Financiën',
          fte: '0,8',
          screenWorker: 'ja',
        },
      },
    ]);
  });

  it('refuses a file without the e-mail or name column, or that is not CSV', () => {
    const code = (csv: string) => {
      try {
        readUserCsv(csv);
      } catch (err) {
        return err instanceof DomainError ? [err.code, err.details.params] : err;
      }
    };
    expect(code('naam,dienst\nAn,Financiën')).toEqual(['USER_IMPORT_UNREADABLE', { missing: 'email' }]);
    expect(code('email,name\n"an@x.be,An')).toEqual(['USER_IMPORT_UNREADABLE', expect.anything()]);
  });
});

describe('planning an import', () => {
  const rows = (csv: string, c = ctx()) => planImport(readUserCsv(`email,name,roles,department,fte,screen_worker\n${csv}`), c);

  it('gives each bad row its own errors', () => {
    const planned = rows(
      [
        'not-an-email,X,,,,',
        'a@x.be,,EMPLOYEE,,,',
        'b@x.be,B,BOSS,Onbekend,1.5,misschien',
        'c@x.be,C,PARTNER,,,',
        'd@x.be,D,ADMIN,,,',
        'e@x.be,E,,,,',
        'E@x.be,E2,,,,',
      ].join('\n'),
    );
    expect(planned.map((r) => [r.line, r.action, r.errors.map((e) => `${e.field}:${e.reason}`)])).toEqual([
      [2, 'INVALID', ['email:INVALID_EMAIL']],
      [3, 'INVALID', ['displayName:REQUIRED']],
      [4, 'INVALID', ['roles:UNKNOWN_ROLE', 'department:UNKNOWN_DEPARTMENT', 'fte:INVALID_FTE', 'screenWorker:INVALID_BOOLEAN']],
      [5, 'INVALID', ['roles:PARTNER_NOT_IMPORTED']],
      [6, 'INVALID', ['roles:FORBIDDEN']],
      [7, 'CREATE', []],
      [8, 'INVALID', ['email:DUPLICATE_IN_FILE']],
    ]);
  });

  it('matches existing users by e-mail: changed fields are an update, the same values nothing, empty cells keep what is there', () => {
    const an: ExistingUser = {
      id: 'u1',
      email: 'an@x.be',
      displayName: 'An',
      roles: ['EMPLOYEE'],
      departmentId: null,
      fte: 1,
      screenWorker: true,
      locale: 'nl-BE',
    };
    const planned = rows(['AN@x.be,An,EMPLOYEE,Financiën,80%,nee', 'an2@x.be,An Twee,,,,'].join('\n'), ctx([an]));
    expect(planned[0]).toMatchObject({ action: 'UPDATE', userId: 'u1', changes: ['department', 'fte', 'screenWorker'] });
    expect(planned[0]!.values).toMatchObject({ departmentId: 'dep-fin', fte: 0.8, screenWorker: false });
    expect(rows('an@x.be,An,,,,', ctx([an]))[0]).toMatchObject({ action: 'UNCHANGED', changes: [] });
  });
});
