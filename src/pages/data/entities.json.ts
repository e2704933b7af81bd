import type { APIRoute } from 'astro';
import { openDataRecords } from '../../lib/openDataRecords';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(openDataRecords(site!).entitiesJson, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
