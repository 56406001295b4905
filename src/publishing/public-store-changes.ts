let changes = 0;

/**
 * Called by every write to the public store in this process, so caches of rendered public pages
 * drop what they hold before the next request (other processes are caught by a periodic check).
 */
export function notePublicStoreChanged(): void {
  changes++;
}

/** How many public-store writes this process has made (a cache compares it with what it saw). */
export function publicStoreChanges(): number {
  return changes;
}
