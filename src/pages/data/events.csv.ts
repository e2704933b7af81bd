import type { APIRoute } from 'astro';
import { openDataRecords } from '../../lib/openDataRecords';
import { EVENTS_CSV } from '../../lib/openDataSchema';
import { toCsv } from '../../lib/toCsv';

export const GET: APIRoute = ({ site }) =>
  new Response(toCsv(EVENTS_CSV.map(([c]) => c), openDataRecords(site!).eventsCsv), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
