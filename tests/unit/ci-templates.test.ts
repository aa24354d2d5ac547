/**
 * The CI templates shipped for the province's Git server (GitHub Actions, GitLab CI,
 * Gitea/Forgejo Actions): each parses, runs only npm scripts that exist, checks the content
 * and builds on every change request, and publishes only from the main branch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; engines: { node: string } };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface ActionsJob {
  if?: string;
  needs?: string | string[];
  'runs-on'?: string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  jobs: Record<string, ActionsJob>;
}

function workflows(dir: string): Array<[string, Workflow]> {
  return readdirSync(join(root, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => [`${dir}/${name}`, yaml.load(read(`${dir}/${name}`)) as Workflow]);
}

const github = workflows('.github/workflows');
const gitea = workflows('.gitea/workflows');
const forgejo = workflows('.forgejo/workflows');
const actionsTemplates = [...github, ...gitea, ...forgejo];

interface GitlabJob {
  stage?: string;
  script?: string[];
  before_script?: string[];
  rules?: Array<{ if?: string }>;
  artifacts?: { paths?: string[]; when?: string; expire_in?: string; reports?: Record<string, string> };
  image?: string;
}
const gitlab = yaml.load(read('.gitlab-ci.yml')) as Record<string, unknown> & { default: GitlabJob; workflow: { rules: Array<{ if: string }> } };
const GITLAB_KEYWORDS = new Set(['default', 'workflow', 'stages', 'variables', 'include']);
const gitlabJobs = Object.entries(gitlab).filter(([name]) => !GITLAB_KEYWORDS.has(name) && !name.startsWith('.')) as Array<[string, GitlabJob]>;

/** The shell commands a job runs, in order, one per line. */
function actionsCommands(job: ActionsJob): string[] {
  return job.steps.flatMap((step) => (step.run ? step.run.split('\n') : []));
}
function gitlabCommands(job: GitlabJob): string[] {
  return [...(job.before_script ?? gitlab.default.before_script ?? []), ...(job.script ?? [])];
}

/** "npm run x", "npm ci": npm's subcommand and, for run, the script's name. */
function npmCalls(commands: readonly string[]): Array<{ command: string; script?: string }> {
  return commands.flatMap((line) =>
    [...line.matchAll(/(?<![\w./-])npm\s+(\S+)(?:\s+(\S+))?/g)].map((match) => ({
      command: match[1]!,
      script: match[1] === 'run' || match[1] === 'run-script' ? match[2] : undefined,
    })),
  );
}

const everyJob: Array<[string, string[]]> = [
  ...actionsTemplates.flatMap(([file, workflow]) => Object.entries(workflow.jobs).map(([name, job]): [string, string[]] => [`${file} › ${name}`, actionsCommands(job)])),
  ...gitlabJobs.map(([name, job]): [string, string[]] => [`.gitlab-ci.yml › ${name}`, gitlabCommands(job)]),
];
/** Jobs that run commands: all but GitHub's deploy job, which only hands the built dist/ to Pages. */
const allJobs = everyJob.filter(([, commands]) => commands.length > 0);

describe('every CI template', () => {
  it('exists for each host', () => {
    expect(github.map(([file]) => file).sort()).toEqual(['.github/workflows/dang-tai.yml', '.github/workflows/kiem-tra.yml']);
    expect(gitea.map(([file]) => file)).toEqual(['.gitea/workflows/cong.yml']);
    expect(forgejo.map(([file]) => file)).toEqual(['.forgejo/workflows/cong.yml']);
    expect(gitlabJobs.map(([name]) => name).sort()).toEqual(['kiem-tra', 'pages']);
  });

  it.each(allJobs)('%s runs only npm ci and npm scripts of package.json', (_job, commands) => {
    const calls = npmCalls(commands);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(['ci', 'run']).toContain(call.command);
      if (call.command === 'run') expect(Object.keys(pkg.scripts)).toContain(call.script);
    }
    expect(commands.join('\n')).not.toMatch(/\b(?:npx|yarn|pnpm)\b/);
  });

  it.each(allJobs)('%s installs with npm ci, then checks the content before it builds', (_job, commands) => {
    const order = npmCalls(commands).map((call) => call.script ?? call.command);
    expect(order[0]).toBe('ci');
    expect(order).toContain('build');
    expect(order.indexOf('check:content')).toBeGreaterThan(0);
    expect(order.indexOf('check:content')).toBeLessThan(order.indexOf('build'));
  });

  it('leaves out only the job that deploys what an earlier job checked and built', () => {
    expect(everyJob.filter(([, commands]) => commands.length === 0).map(([job]) => job)).toEqual(['.github/workflows/dang-tai.yml › dang-tai']);
  });

  it('builds with the build script, which runs the content check first', () => {
    expect(pkg.scripts.build).toBe('node scripts/build.ts');
    expect(read('scripts/build.ts')).toMatch(/checkContent\(/);
    expect(pkg.scripts['check:content']).toBe('node scripts/check-content.ts');
  });
});

describe('change requests are checked', () => {
  it('GitHub: on every pull request, with annotations', () => {
    const [, workflow] = github.find(([file]) => file.endsWith('kiem-tra.yml'))!;
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.on.pull_request).toBeNull();
    const commands = Object.values(workflow.jobs).flatMap(actionsCommands);
    expect(commands).toContain('npm run check:content -- --format github');
    // Checking publishes nothing.
    expect(JSON.stringify(workflow)).not.toMatch(/pages|deploy|rsync/i);
  });

  it('GitLab: in merge request pipelines', () => {
    expect(gitlab.workflow.rules.map((rule) => rule.if)).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
    const [, job] = gitlabJobs.find(([name]) => name === 'kiem-tra')!;
    expect(job.rules?.map((rule) => rule.if)).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(job.script).toContain('npm run check:content -- --junit kiem-tra-noi-dung.xml');
    // The report shows on the merge request; nothing is published.
    expect(job.artifacts).toEqual({ when: 'always', expire_in: '30 days', reports: { junit: 'kiem-tra-noi-dung.xml' } });
  });

  it.each([...gitea, ...forgejo])('%s: on every pull request', (_file, workflow) => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.on.pull_request).toBeNull();
    const checks = Object.values(workflow.jobs).filter((job) => job.if === "github.event_name == 'pull_request'");
    expect(checks).toHaveLength(1);
    expect(JSON.stringify(checks[0])).not.toMatch(/DEPLOY|rsync/);
  });
});

/** A job that publishes: GitHub Pages' actions, or the rsync step. */
function publishes(job: ActionsJob): boolean {
  return job.steps.some((step) => /^actions\/(?:deploy-pages|upload-pages-artifact)@/.test(step.uses ?? '') || /\brsync\b/.test(step.run ?? ''));
}

describe('only the main branch is published', () => {
  it('GitHub: on a push to main, each publishing job guarded by the branch', () => {
    for (const [file, workflow] of github) {
      const jobs = Object.values(workflow.jobs).filter(publishes);
      if (jobs.length === 0) continue;
      expect(file).toBe('.github/workflows/dang-tai.yml');
      expect(workflow.on.push).toEqual({ branches: ['main'] });
      expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_dispatch']);
      for (const job of Object.values(workflow.jobs)) expect(job.if).toBe("github.ref == 'refs/heads/main'");
    }
    const [, workflow] = github.find(([file]) => file.endsWith('dang-tai.yml'))!;
    expect(workflow.jobs['dang-tai']!.needs).toBe('dung');
    const upload = workflow.jobs.dung!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with).toEqual({ path: 'dist' });
  });

  it('GitHub: the published build gets the Pages address unless the variables say otherwise', () => {
    const [, workflow] = github.find(([file]) => file.endsWith('dang-tai.yml'))!;
    const build = workflow.jobs.dung!.steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({
      CDS_SITE_URL: '${{ vars.CDS_SITE_URL || steps.pages.outputs.origin }}',
      CDS_BASE: "${{ vars.CDS_BASE || format('{0}/', steps.pages.outputs.base_path) }}",
    });
  });

  it('GitLab: the pages job runs on the default branch only and publishes dist/ as public/', () => {
    const [, job] = gitlabJobs.find(([name]) => name === 'pages')!;
    expect(job.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(job.artifacts?.paths).toEqual(['public']);
    const script = job.script ?? [];
    expect(script.slice(-2)).toEqual(['rm -rf public', 'mv dist public']);
    expect(script.indexOf('npm run build')).toBeLessThan(script.indexOf('mv dist public'));
  });

  it.each([...gitea, ...forgejo])('%s: publishes on a push to main only, with the SSH secrets', (_file, workflow) => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    const jobs = Object.values(workflow.jobs).filter(publishes);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    const deploy = jobs[0]!.steps.at(-1)!;
    expect(Object.keys(deploy.env ?? {}).sort()).toEqual(['DEPLOY_HOST', 'DEPLOY_KNOWN_HOSTS', 'DEPLOY_PATH', 'DEPLOY_PORT', 'DEPLOY_SSH_KEY', 'DEPLOY_USER']);
    expect(deploy.run).toContain('StrictHostKeyChecking=yes');
    expect(deploy.run).toMatch(/rsync .* dist\/ /);
  });
});

describe('versions', () => {
  it('pins every action by its major version', () => {
    const uses = actionsTemplates.flatMap(([, workflow]) => Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : []))));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });

  it('installs with a Node that meets package.json engines (npm run then uses the pinned Node 24)', () => {
    const minimum = Number(/>=\s*(\d+)/.exec(pkg.engines.node)?.[1]);
    const setups = actionsTemplates.flatMap(([, workflow]) =>
      Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.uses?.startsWith('actions/setup-node@'))),
    );
    expect(setups.length).toBeGreaterThan(0);
    for (const setup of setups) expect(Number(setup.with?.['node-version'])).toBeGreaterThanOrEqual(minimum);
    expect(Number(/^node:(\d+)/.exec(gitlab.default.image ?? '')?.[1])).toBeGreaterThanOrEqual(minimum);
    expect(JSON.parse(read('package.json')).devDependencies.node).toMatch(/^\^24\./);
  });

  it('ships the same workflow for Gitea and Forgejo, but for the runner label', () => {
    const normalise = (text: string) => text.split('\n').filter((line) => !line.startsWith('#')).join('\n').replace(/runs-on: \S+/g, 'runs-on: …');
    expect(normalise(read('.forgejo/workflows/cong.yml'))).toBe(normalise(read('.gitea/workflows/cong.yml')));
    expect(read('.gitea/workflows/cong.yml')).toMatch(/runs-on: ubuntu-latest/);
    expect(read('.forgejo/workflows/cong.yml')).toMatch(/runs-on: docker/);
  });
});

describe('the address of a build published from Gitea or Forgejo', () => {
  it.each([...gitea, ...forgejo])('%s: an unset variable (empty) leaves site.yaml in charge', (_file, workflow) => {
    const build = workflow.jobs['dang-tai']!.steps.find((step) => step.name === 'Dựng cổng')!;
    expect(build.env).toEqual({ SITE_URL: '${{ vars.CDS_SITE_URL }}', SITE_BASE: '${{ vars.CDS_BASE }}' });
    expect(build.run).toContain('if [ -n "$SITE_URL" ]; then export CDS_SITE_URL="$SITE_URL"; fi');
    expect(build.run).toContain('if [ -n "$SITE_BASE" ]; then export CDS_BASE="$SITE_BASE"; fi');
  });
});
