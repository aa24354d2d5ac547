import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'zod';
import { datasetRecords } from '../../data/open-data.ts';
import { getSite } from '../../data/site.ts';
import { absoluteUrl, joinBase, paths } from '../../lib/url.ts';
import { DATASETS, type DatasetId } from '../../schemas/open-data.ts';

export const getStaticPaths = (() =>
  (Object.keys(DATASETS) as DatasetId[]).flatMap((id) => [
    { params: { file: `${id}.json` }, props: { id, schemaFile: false } },
    { params: { file: `${id}.schema.json` }, props: { id, schemaFile: true } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { id, schemaFile } = props as { id: DatasetId; schemaFile: boolean };
  const urls = { site: site?.href ?? (await getSite()).url, base: import.meta.env.BASE_URL };
  const dataset = DATASETS[id];
  if (schemaFile) {
    const schema = {
      $id: absoluteUrl(urls.site, joinBase(urls.base, paths.datasetSchema(id))),
      title: dataset.title,
      ...z.toJSONSchema(dataset.schema),
    };
    return new Response(`${JSON.stringify(schema, null, 2)}\n`);
  }
  // Checked against its own schema before it is written: the published files always match.
  const records = dataset.schema.parse(await datasetRecords(id, urls));
  return new Response(`${JSON.stringify(records, null, 2)}\n`);
};
