import type { APIRoute } from 'astro';
import { openDataRecords } from '../../lib/openDataRecords';
import { MEMBERSHIPS_CSV } from '../../lib/openDataSchema';
import { toCsv } from '../../lib/toCsv';

export const GET: APIRoute = ({ site }) =>
  new Response(toCsv(MEMBERSHIPS_CSV.map(([c]) => c), openDataRecords(site!).membershipsCsv), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
