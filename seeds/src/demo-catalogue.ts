/** The fictional "Gemeente en OCMW Kleinbeek": its buildings, floors, zones and spaces. */

export type DemoSpace = {
  key: string;
  name: string;
  kind: 'DESK' | 'QUIET_ROOM' | 'MEETING_ROOM' | 'INFORMAL_AREA' | 'PHONE_BOOTH' | 'CONSULTATION_ROOM' | 'FRONT_DESK';
  capacity: number;
  equipment: string[];
  zone?: string;
  partnerAccess?: boolean;
  requiresApproval?: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
};

export type DemoFloor = { name: string; level: number; zones: string[]; spaces: DemoSpace[] };
export type DemoSite = {
  key: 'hall' | 'social' | 'library';
  name: string;
  address: string;
  isSatellite: boolean;
  /** [weekday, opens, closes] */
  hours: [number, string, string][];
  floors: DemoFloor[];
};

const weekdays = (opens: string, closes: string): [number, string, string][] => [1, 2, 3, 4, 5].map((d) => [d, opens, closes]);

/** Six desks in two rows of three, the usual island. */
function deskIsland(prefix: string, zone: string, first: number, x: number, y: number, withDocking: boolean): DemoSpace[] {
  return Array.from({ length: 6 }, (_, i) => {
    const n = first + i;
    const equipment = [
      'SCREEN',
      ...(withDocking ? ['DOCKING_STATION'] : []),
      ...(i === 0 ? ['HEIGHT_ADJUSTABLE_DESK'] : []),
      ...(i === 5 ? ['DUAL_SCREEN'] : []),
    ];
    return {
      key: `${prefix}-${n}`,
      name: `${prefix}.${String(n).padStart(2, '0')}`,
      kind: 'DESK' as const,
      capacity: 1,
      equipment,
      zone,
      x: x + (i % 3) * 64,
      y: y + Math.floor(i / 3) * 50,
      w: 56,
      h: 40,
    };
  });
}

function room(
  key: string,
  name: string,
  kind: DemoSpace['kind'],
  capacity: number,
  equipment: string[],
  x: number,
  y: number,
  w: number,
  h: number,
  extra: Partial<DemoSpace> = {},
): DemoSpace {
  return { key, name, kind, capacity, equipment, x, y, w, h, ...extra };
}

export const DEMO_SITES: DemoSite[] = [
  {
    key: 'hall',
    name: 'Gemeentehuis Kleinbeek',
    address: 'Marktplein 1, 9999 Kleinbeek',
    isSatellite: false,
    hours: weekdays('07:30', '19:00'),
    floors: [
      {
        name: 'Gelijkvloers',
        level: 0,
        zones: ['Team Burgerzaken'],
        spaces: [
          ...deskIsland('G', 'Team Burgerzaken', 1, 40, 60, true),
          ...deskIsland('G', 'Team Burgerzaken', 7, 40, 190, true),
          room('G-raadzaal', 'Raadzaal', 'MEETING_ROOM', 30, ['VIDEO_CONFERENCING', 'SCREEN', 'WHEELCHAIR_ACCESS'], 560, 40, 300, 200),
          room(
            'G-beek',
            'Vergaderzaal De Beek',
            'MEETING_ROOM',
            10,
            ['VIDEO_CONFERENCING', 'WHITEBOARD', 'WHEELCHAIR_ACCESS'],
            560,
            280,
            180,
            120,
            { partnerAccess: true, requiresApproval: true },
          ),
          room('G-koffie', 'Koffiehoek', 'INFORMAL_AREA', 8, ['WHEELCHAIR_ACCESS'], 300, 420, 200, 120),
          room('G-bel1', 'Belcel 0.1', 'PHONE_BOOTH', 1, [], 780, 280, 60, 60),
          room('G-bel2', 'Belcel 0.2', 'PHONE_BOOTH', 1, [], 780, 360, 60, 60),
        ],
      },
      {
        name: 'Eerste verdieping',
        level: 1,
        zones: ['Team Financiën', 'Team Omgeving', 'Stiltezone'],
        spaces: [
          ...deskIsland('1', 'Team Financiën', 1, 40, 60, true),
          ...deskIsland('1', 'Team Financiën', 7, 40, 190, true),
          ...deskIsland('1', 'Team Omgeving', 13, 300, 60, true),
          ...deskIsland('1', 'Team Omgeving', 19, 300, 190, false),
          room('1-stil1', 'Stilteruimte 1.1', 'QUIET_ROOM', 1, ['SCREEN', 'DOCKING_STATION'], 40, 420, 110, 90, { zone: 'Stiltezone' }),
          room('1-stil2', 'Stilteruimte 1.2', 'QUIET_ROOM', 2, ['SCREEN'], 170, 420, 110, 90, { zone: 'Stiltezone' }),
          room('1-schelde', 'Vergaderzaal Schelde', 'MEETING_ROOM', 8, ['VIDEO_CONFERENCING', 'SCREEN', 'WHITEBOARD'], 600, 40, 200, 130),
          room('1-leie', 'Vergaderzaal Leie', 'MEETING_ROOM', 4, ['SCREEN', 'WHITEBOARD'], 600, 200, 150, 110),
          room('1-bel1', 'Belcel 1.1', 'PHONE_BOOTH', 1, [], 820, 200, 60, 60),
          room('1-bel2', 'Belcel 1.2', 'PHONE_BOOTH', 1, [], 820, 280, 60, 60),
        ],
      },
      {
        name: 'Tweede verdieping',
        level: 2,
        zones: ['Team Vrije Tijd', 'Team Personeel'],
        spaces: [
          ...deskIsland('2', 'Team Vrije Tijd', 1, 40, 60, false),
          ...deskIsland('2', 'Team Vrije Tijd', 7, 40, 190, true),
          ...deskIsland('2', 'Team Personeel', 13, 300, 60, true),
          ...deskIsland('2', 'Team Personeel', 19, 300, 190, true),
          room('2-stil', 'Stilteruimte 2.1', 'QUIET_ROOM', 1, ['SCREEN', 'HEIGHT_ADJUSTABLE_DESK'], 40, 420, 110, 90),
          room('2-dender', 'Vergaderzaal Dender', 'MEETING_ROOM', 12, ['VIDEO_CONFERENCING', 'SCREEN', 'WHITEBOARD'], 600, 40, 220, 140),
          room('2-lounge', 'Ontmoetingsruimte', 'INFORMAL_AREA', 10, [], 600, 260, 220, 160),
        ],
      },
    ],
  },
  {
    key: 'social',
    name: 'Sociaal Huis',
    address: 'Kerkstraat 12, 9999 Kleinbeek',
    isSatellite: false,
    hours: [...weekdays('08:00', '17:00'), [2, '17:00', '19:00'] as [number, string, string]],
    floors: [
      {
        name: 'Gelijkvloers',
        level: 0,
        zones: ['Onthaal', 'Gesprekken'],
        spaces: [
          room('S-balieA', 'Balie A', 'FRONT_DESK', 2, ['SCREEN', 'WHEELCHAIR_ACCESS'], 40, 60, 120, 70, {
            zone: 'Onthaal',
            partnerAccess: true,
          }),
          room('S-balieB', 'Balie B', 'FRONT_DESK', 2, ['SCREEN', 'WHEELCHAIR_ACCESS'], 180, 60, 120, 70, {
            zone: 'Onthaal',
            partnerAccess: true,
          }),
          room('S-balieC', 'Balie C', 'FRONT_DESK', 2, ['SCREEN'], 320, 60, 120, 70, {
            zone: 'Onthaal',
            partnerAccess: true,
            requiresApproval: true,
          }),
          ...[1, 2, 3, 4, 5, 6].map((n) =>
            room(
              `S-gesprek${n}`,
              `Gespreksruimte ${n}`,
              'CONSULTATION_ROOM',
              4,
              n <= 2 ? ['WHEELCHAIR_ACCESS', 'SCREEN'] : ['SCREEN'],
              40 + ((n - 1) % 3) * 150,
              200 + Math.floor((n - 1) / 3) * 130,
              130,
              110,
              { zone: 'Gesprekken' },
            ),
          ),
        ],
      },
      {
        name: 'Eerste verdieping',
        level: 1,
        zones: ['Team Sociale Dienst'],
        spaces: [
          ...deskIsland('S1', 'Team Sociale Dienst', 1, 40, 60, true),
          room('S1-overleg', 'Overlegruimte Sociaal Huis', 'MEETING_ROOM', 8, ['VIDEO_CONFERENCING', 'SCREEN'], 400, 60, 200, 130),
          room('S1-stil', 'Stilteruimte S1', 'QUIET_ROOM', 1, ['SCREEN'], 400, 220, 100, 80),
        ],
      },
    ],
  },
  {
    key: 'library',
    name: 'Bibliotheek De Letterbeek',
    address: 'Schoolstraat 5, 9999 Kleinbeek-Dorp',
    isSatellite: true,
    hours: [
      [1, '13:00', '18:00'],
      [2, '09:00', '12:00'],
      [2, '13:00', '19:00'],
      [3, '09:00', '18:00'],
      [5, '09:00', '17:00'],
      [6, '09:00', '12:30'],
    ],
    floors: [
      {
        name: 'Gelijkvloers',
        level: 0,
        zones: [],
        spaces: [
          room('B-gesprek1', 'Gespreksruimte Bib 1', 'CONSULTATION_ROOM', 3, ['WHEELCHAIR_ACCESS'], 40, 60, 130, 110),
          room('B-gesprek2', 'Gespreksruimte Bib 2', 'CONSULTATION_ROOM', 3, [], 190, 60, 130, 110),
          room('B-balie', 'Zitdagbalie', 'FRONT_DESK', 2, ['WHEELCHAIR_ACCESS'], 340, 60, 120, 70, { partnerAccess: true }),
          ...[1, 2, 3, 4].map((n) => room(`B-flex${n}`, `Flexplek Bib ${n}`, 'DESK', 1, ['SCREEN'], 40 + (n - 1) * 70, 240, 56, 40)),
        ],
      },
    ],
  },
];

export const DEMO_CLUSTERS: Record<string, string[]> = {
  'Mens en Samenleving': ['Burgerzaken', 'Sociale Dienst', 'Welzijn en Zorg', 'Vrije Tijd en Cultuur'],
  'Ruimte en Leefomgeving': ['Omgeving', 'Openbare Werken', 'Milieu en Duurzaamheid'],
  'Interne Organisatie': ['Financiën', 'Personeel en Organisatie', 'ICT en Communicatie'],
};

/** Which desk zone a department prefers (its "team neighbourhood"). */
export const HOME_ZONE: Record<string, string> = {
  Burgerzaken: 'Team Burgerzaken',
  'Sociale Dienst': 'Team Sociale Dienst',
  'Welzijn en Zorg': 'Team Sociale Dienst',
  'Vrije Tijd en Cultuur': 'Team Vrije Tijd',
  Omgeving: 'Team Omgeving',
  'Openbare Werken': 'Team Omgeving',
  'Milieu en Duurzaamheid': 'Team Omgeving',
  Financiën: 'Team Financiën',
  'Personeel en Organisatie': 'Team Personeel',
  'ICT en Communicatie': 'Team Personeel',
};
