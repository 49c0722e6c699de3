import { useLiveBookings } from './useLiveBookings';

function LiveSite({ siteId }: { siteId: string }) {
  useLiveBookings(siteId);
  return null;
}

/** Live updates for several sites at once (one subscription each). */
export function LiveBookings({ siteIds }: { siteIds: readonly string[] }) {
  return (
    <>
      {siteIds.map((id) => (
        <LiveSite key={id} siteId={id} />
      ))}
    </>
  );
}
