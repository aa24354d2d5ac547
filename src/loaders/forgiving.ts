/**
 * Lets the preview server start, and go on, while content/ has a mistake. Astro's own
 * loaders throw on the first file they cannot parse, and when that happens as the server
 * starts, the server stops with an English error; Astro also only watches a collection
 * whose first load succeeded, so a file fixed afterwards would never be read again.
 *
 * While previewing, a failed load is left to the content check (it reports the mistake in
 * Vietnamese, in the terminal and in the browser: src/integrations/content-check.ts) and
 * tried again whenever a file of the collection is saved, until it succeeds; from then on
 * Astro's own watching takes over. A build never comes here with broken content (the
 * check stops it first), so there a failed load still fails the build.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

export function forgiving(loader: Loader, folder: string): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const { watcher } = context;
      if (!watcher) return loader.load(context);
      const watched = resolve(fileURLToPath(context.config.root), folder);
      const attempt = async (): Promise<boolean> => {
        try {
          await loader.load(context);
          return true;
        } catch {
          return false;
        }
      };
      if (await attempt()) return;
      // One attempt at a time: saves come in bursts.
      let queue = Promise.resolve();
      let loaded = false;
      const listener = (_event: string, path: string) => {
        if (!(path === watched || path.startsWith(watched + sep))) return;
        queue = queue.then(async () => {
          if (loaded) return;
          loaded = await attempt();
          if (loaded) watcher.off('all', listener);
        });
      };
      watcher.add(watched);
      watcher.on('all', listener);
    },
  };
}
