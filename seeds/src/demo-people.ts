import type { Random } from './random.js';

export const DEMO_PASSWORD = 'kleinbeek';

export type DemoUser = {
  email: string;
  displayName: string;
  roles: string[];
  department: string | null;
  organisation?: string;
  fte: number;
  screenWorker: boolean;
};

/** One account per role, documented in the README and shown on the login page in demo mode. */
export const DEMO_ACCOUNTS = [
  { email: 'medewerker@kleinbeek.be', role: 'EMPLOYEE', displayName: 'An Peeters', department: 'Financiën', roles: ['EMPLOYEE'] },
  {
    email: 'maatschappelijk.werker@kleinbeek.be',
    role: 'SOCIAL_WORKER',
    displayName: 'Sarah De Smet',
    department: 'Sociale Dienst',
    roles: ['SOCIAL_WORKER'],
  },
  { email: 'onthaal@kleinbeek.be', role: 'RECEPTION', displayName: 'Jan Maes', department: 'Burgerzaken', roles: ['RECEPTION'] },
  {
    email: 'facilitair@kleinbeek.be',
    role: 'FACILITY_MANAGER',
    displayName: 'Els Claes',
    department: 'Personeel en Organisatie',
    roles: ['FACILITY_MANAGER', 'EMPLOYEE'],
  },
  {
    email: 'directie@kleinbeek.be',
    role: 'MANAGEMENT',
    displayName: 'Koen Wouters',
    department: 'Personeel en Organisatie',
    roles: ['MANAGEMENT', 'EMPLOYEE'],
  },
  { email: 'admin@kleinbeek.be', role: 'ADMIN', displayName: 'Lotte Goossens', department: 'ICT en Communicatie', roles: ['ADMIN'] },
  {
    email: 'partner@caw-regio.be',
    role: 'PARTNER',
    displayName: 'Pieter Vermeulen (CAW)',
    department: null,
    roles: ['PARTNER'],
    organisation: 'CAW Regio Kleinbeek',
  },
  {
    email: 'secretariaat@dekleinebeek.be',
    role: 'PARTNER',
    displayName: 'Marc Jacobs (De Kleine Beek)',
    department: null,
    roles: ['PARTNER'],
    organisation: 'Vereniging De Kleine Beek vzw',
  },
] as const;

export type DemoOrganisation = {
  name: string;
  first8: string;
  trusted: boolean;
  quota: number;
  address: string;
  /** The partner account: a demo account, or one made here when it has a display name. */
  contact: { email: string; displayName?: string };
  contacts: { name: string; email: string; phone: string; jobTitle: string }[];
  /** What it may use: a space (by key), or a kind at a site (by key) or at every site. */
  access: ({ space: string } | { site?: 'hall' | 'social' | 'library'; kind?: string })[];
  /** Its own hours, instead of the sites' (evenings for the association). */
  hours: [number, string, string][];
  /** Euro cents per hour per kind; social partners pay nothing. */
  tariffs: Record<string, number>;
};

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'CAW Regio Kleinbeek',
    first8: '04123456',
    trusted: true,
    quota: 40,
    address: 'Stationsstraat 8, 9999 Kleinbeek',
    contact: { email: 'partner@caw-regio.be' },
    contacts: [{ name: 'Pieter Vermeulen', email: 'partner@caw-regio.be', phone: '09 000 12 34', jobTitle: 'Teamcoördinator onthaal' }],
    access: [{ site: 'social', kind: 'FRONT_DESK' }],
    hours: [],
    tariffs: { FRONT_DESK: 0 },
  },
  {
    name: 'VDAB Kleinbeek',
    first8: '08873123',
    trusted: true,
    quota: 30,
    address: 'Nijverheidslaan 3, 9999 Kleinbeek',
    contact: { email: 'zitdag@vdab-kleinbeek.be', displayName: 'Nadia El Amrani (VDAB)' },
    contacts: [{ name: 'Nadia El Amrani', email: 'zitdag@vdab-kleinbeek.be', phone: '09 000 56 78', jobTitle: 'Jobcoach' }],
    access: [{ kind: 'FRONT_DESK' }],
    hours: [],
    tariffs: { FRONT_DESK: 0 },
  },
  {
    name: 'Vereniging De Kleine Beek vzw',
    first8: '07410852',
    trusted: false,
    quota: 12,
    address: 'Beekstraat 21, 9999 Kleinbeek',
    contact: { email: 'secretariaat@dekleinebeek.be' },
    contacts: [
      { name: 'Marc Jacobs', email: 'secretariaat@dekleinebeek.be', phone: '0470 00 00 21', jobTitle: 'Secretaris' },
      { name: 'Griet Coppens', email: 'voorzitter@dekleinebeek.be', phone: '0470 00 00 22', jobTitle: 'Voorzitter' },
    ],
    access: [{ space: 'G-beek' }],
    hours: [1, 2, 3, 4].map((d) => [d, '17:00', '22:00'] as [number, string, string]),
    tariffs: { MEETING_ROOM: 1500 },
  },
];

const FIRST = [
  'Lies',
  'Tom',
  'Nele',
  'Wim',
  'Sofie',
  'Bart',
  'Katrien',
  'Jens',
  'Inge',
  'Stijn',
  'Ellen',
  'Pieter',
  'Hanne',
  'Dries',
  'Marieke',
  'Joris',
  'Fien',
  'Ruben',
  'Leen',
  'Thomas',
  'Eline',
  'Wout',
  'Griet',
  'Arne',
  'Annelies',
  'Kobe',
  'Jolien',
  'Sander',
  'Evi',
  'Yassine',
  'Fatima',
  'Emre',
  'Lotte',
  'Senne',
  'Ilse',
  'Bram',
];
const LAST = [
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Vos',
  'Dubois',
  'Lambrechts',
  'Hermans',
  'Peeters',
  'Vermeulen',
  'Van Damme',
  'De Wilde',
  'Verhoeven',
  'Aerts',
  'Desmet',
  'Van den Broeck',
  'Smets',
  'Coppens',
  'Michiels',
  'Bogaert',
  'Stevens',
  'Van Acker',
  'De Clercq',
  'Vandenberghe',
];

/** Size of each department (the demo accounts come on top). */
const DEPARTMENT_SIZE: Record<string, number> = {
  Burgerzaken: 12,
  'Sociale Dienst': 14,
  'Welzijn en Zorg': 10,
  'Vrije Tijd en Cultuur': 10,
  Omgeving: 12,
  'Openbare Werken': 14,
  'Milieu en Duurzaamheid': 6,
  Financiën: 12,
  'Personeel en Organisatie': 8,
  'ICT en Communicatie': 8,
};

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/** About 120 staff with Flemish names, part-timers and a field crew that does not work at a screen. */
export function demoStaff(rnd: Random): DemoUser[] {
  const taken = new Set<string>(DEMO_ACCOUNTS.map((a) => a.displayName));
  const users: DemoUser[] = [];
  for (const [department, size] of Object.entries(DEPARTMENT_SIZE)) {
    for (let i = 0; i < size; i++) {
      let name: string;
      do name = `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
      while (taken.has(name));
      taken.add(name);
      const r = rnd.next();
      users.push({
        email: `${slug(name)}@kleinbeek.be`,
        displayName: name,
        roles: department === 'Sociale Dienst' && i < 10 ? ['SOCIAL_WORKER'] : ['EMPLOYEE'],
        department,
        fte: r < 0.6 ? 1 : r < 0.85 ? 0.8 : 0.5,
        // the field crew of Openbare Werken mostly works outside
        screenWorker: department !== 'Openbare Werken' || i < 4,
      });
    }
  }
  return users;
}
