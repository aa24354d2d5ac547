/**
 * Where the content lives and where the site is published, for astro.config.mjs and the
 * build script. site.yaml gives the defaults; environment variables override them, so
 * one content tree can be built for a preview, a sub-path or a test without editing it.
 *   CDS_CONTENT_DIR  content folder (default: content)
 *   CDS_SITE_URL     absolute URL of the host (default: site.yaml url)
 *   CDS_BASE         sub-path such as /cds/ (default: site.yaml base)
 */
import { isAbsolute, join, relative } from 'node:path';
import { siteSchema } from '../schemas/site.ts';
import { parseYaml, readContentFile } from './read.ts';

export interface BuildSettings {
  root: string;
  /** Content folder relative to root (posix separators). */
  contentDir: string;
  site: string;
  base: string;
}

const FALLBACK_SITE = 'http://localhost:4321';

export async function loadBuildSettings(root: string, env: Record<string, string | undefined>): Promise<BuildSettings> {
  const dir = env.CDS_CONTENT_DIR ?? 'content';
  const contentDir = (isAbsolute(dir) ? relative(root, dir) : dir).split('\\').join('/');
  let fromFile: { url?: string; base?: string } = {};
  try {
    const text = await readContentFile(join(root, contentDir, 'site.yaml'), 'site');
    // A site.yaml that cannot be decoded is reported by the content check too.
    const read = text.ok ? parseYaml(text.value) : text;
    const parsed = read.ok ? siteSchema.safeParse(read.value) : undefined;
    // An invalid site.yaml is reported by the content check with a proper message.
    if (parsed?.success) fromFile = parsed.data;
  } catch {
    // Missing site.yaml: reported by the content check too.
  }
  const base = env.CDS_BASE ?? fromFile.base ?? '/';
  return {
    root,
    contentDir,
    site: env.CDS_SITE_URL ?? fromFile.url ?? FALLBACK_SITE,
    base: base.endsWith('/') ? base : `${base}/`,
  };
}
