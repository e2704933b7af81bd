import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoPath, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

type Country = Feature<Geometry, { name: string }>;

const require = createRequire(import.meta.url);
let world: Country[] | undefined;
/** Natural Earth 1:50m countries, read once per build. */
function countries(): Country[] {
  if (!world) {
    const raw = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    // Simplifying the topology (shared borders stay shared) keeps the inline SVG small.
    const pre = presimplify(raw);
    const topo = simplify(pre, quantile(pre, 0.35)) as typeof raw;
    world = (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  }
  return world;
}

export interface MapInput {
  /** ISO 3166 numeric codes of the countries the map is framed on. */
  frame: string[];
  /** Countries drawn as links: ISO numeric → { href, name }. */
  links: Map<string, { href: string; name: string; highlight?: boolean }>;
  /** Points to mark. */
  places: { name: string; lat: number; lon: number; href?: string; label: string }[];
  width?: number;
  height?: number;
}

export interface MapShape {
  width: number;
  height: number;
  countries: { id: string; name: string; d: string; href?: string; highlight: boolean; label?: [number, number] }[];
  places: { name: string; x: number; y: number; href?: string; label: string }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG-ready map of Central Asia and its neighbours, projected at build time. */
export function regionMap({ frame, links, places, width = 640, height = 400 }: MapInput): MapShape {
  const all = countries();
  const framed: FeatureCollection = { type: 'FeatureCollection', features: all.filter((c) => frame.includes(String(c.id))) };
  const projection = geoConicEqualArea()
    .parallels([37, 50])
    .rotate([-66, 0])
    .fitExtent([[12, 12], [width - 12, height - 12]], framed)
    .clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const shapes = all
    .map((c) => {
      const id = String(c.id);
      const d = path(c) ?? '';
      const link = links.get(id);
      const centroid = frame.includes(id) ? projection(geoCentroid(c)) : null;
      return {
        id,
        name: link?.name ?? c.properties.name,
        d,
        ...(link ? { href: link.href } : {}),
        highlight: Boolean(link?.highlight),
        ...(centroid ? { label: [round(centroid[0]), round(centroid[1])] as [number, number] } : {}),
      };
    })
    .filter((c) => c.d.length > 0);
  const points = places.flatMap((p) => {
    const xy = projection([p.lon, p.lat]);
    return xy ? [{ ...p, x: round(xy[0]), y: round(xy[1]) }] : [];
  });
  return { width, height, countries: shapes, places: points };
}
