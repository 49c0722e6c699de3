/** Opening blocks and closure days of one site, as the booking rules need them. */
export type OpeningBlock = { opens: number; closes: number };

export type SiteCalendar = {
  siteId: string;
  timeZone: string;
  /** ISO weekday (1 = Monday) → opening blocks in minutes since local midnight, sorted. */
  hours: ReadonlyMap<number, readonly OpeningBlock[]>;
  /** Local date → reason, for the dates that were loaded. */
  closures: ReadonlyMap<string, string>;
};
