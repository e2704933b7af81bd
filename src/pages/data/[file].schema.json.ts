import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { entitiesFile, eventsFile } from '../../lib/openDataSchema';

/** /data/events.schema.json and /data/entities.schema.json: the published JSON Schema of each file. */
export const getStaticPaths = (() => [
  { params: { file: 'events' }, props: { schema: eventsFile } },
  { params: { file: 'entities' }, props: { schema: entitiesFile } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params, site }) => {
  const json = { $id: new URL(`/data/${params.file}.schema.json`, site).href, ...z.toJSONSchema((props as { schema: typeof eventsFile }).schema) };
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
