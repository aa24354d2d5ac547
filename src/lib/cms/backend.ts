/**
 * Which Git host the web editor saves to, from the environment at build time (the host is
 * a fact of the deployment, not of the content):
 *   CDS_CMS_BACKEND   github | gitlab | gitea | test-repo (default github)
 *   CDS_CMS_REPO      owner/name of the repository holding content/
 *   CDS_CMS_BRANCH    branch the editor commits to (default main)
 *   CDS_CMS_BASE_URL  the host's address, for a GitLab or Gitea/Forgejo of the province
 *   CDS_CMS_APP_ID    the OAuth application's id (GitLab, Gitea/Forgejo): editors sign in
 *                     with their account rather than pasting an access token
 *   CDS_CMS_REVIEW    "co": every save becomes a change request a reviewer merges
 *                     (Sveltia's editorial workflow; GitHub and GitLab only)
 * Without them the editor still works on the editor's own computer: on localhost, Sveltia
 * offers "work with a local repository" (the browser's folder picker) whatever the host.
 */
import type { CmsBackend } from './config.ts';

/**
 * Without CDS_CMS_REPO: a placeholder owner and the project folder's own name, which
 * Sveltia shows when it asks for the folder in local mode ("choose the folder <name>").
 */
export const placeholderRepo = (folder: string) => `chua-cau-hinh/${folder}`;

export function backendFromEnv(env: Record<string, string | undefined>, folder = 'noi-dung'): CmsBackend {
  const name = env.CDS_CMS_BACKEND ?? 'github';
  if (name === 'test-repo') return { name };
  if (name !== 'github' && name !== 'gitlab' && name !== 'gitea') {
    throw new Error(`CDS_CMS_BACKEND="${name}" không dùng được: chỉ nhận github, gitlab, gitea hoặc test-repo.`);
  }
  const base = env.CDS_CMS_BASE_URL?.replace(/\/+$/, '');
  const appId = env.CDS_CMS_APP_ID?.trim();
  if (appId && name === 'github') {
    throw new Error('CDS_CMS_APP_ID không dùng với GitHub: GitHub đăng nhập qua một dịch vụ xác thực (xem content/README.md, mục 11) hoặc bằng mã truy cập cá nhân.');
  }
  return {
    name,
    repo: env.CDS_CMS_REPO ?? placeholderRepo(folder),
    branch: env.CDS_CMS_BRANCH ?? 'main',
    ...(base ? { base_url: base } : {}),
    ...(base && name !== 'github' ? { api_root: name === 'gitlab' ? `${base}/api/v4` : `${base}/api/v1` } : {}),
    ...(appId ? { app_id: appId, ...(name === 'gitlab' ? { auth_type: 'pkce' } : {}) } : {}),
  };
}

/** Whether saves go through review (a change request per entry), from CDS_CMS_REVIEW. */
export function reviewFromEnv(env: Record<string, string | undefined>, backend: CmsBackend): boolean {
  const value = env.CDS_CMS_REVIEW?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'khong') return false;
  if (value !== 'co') throw new Error(`CDS_CMS_REVIEW="${env.CDS_CMS_REVIEW}" không dùng được: ghi co (duyệt trước khi đăng) hoặc khong.`);
  if (backend.name !== 'github' && backend.name !== 'gitlab') {
    throw new Error(`CDS_CMS_REVIEW=co chỉ dùng được với GitHub, GitLab (máy chủ ${backend.name} không có bước duyệt trong trình biên tập): bỏ biến này, và để người duyệt mở pull request từ nhánh CDS_CMS_BRANCH vào main.`);
  }
  return true;
}

/** The hosts the editor must reach to load and save content: the Git host's API, nothing else. */
export function backendOrigins(backend: CmsBackend): string[] {
  if (backend.name === 'test-repo') return [];
  const origins = new Set<string>();
  if (backend.name === 'github') origins.add('https://api.github.com');
  if (backend.name === 'gitlab' && !backend.base_url) origins.add('https://gitlab.com');
  for (const url of [backend.base_url, backend.api_root]) if (url) origins.add(new URL(url).origin);
  return [...origins];
}
