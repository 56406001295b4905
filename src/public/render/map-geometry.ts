import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoContains } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, merge } from "topojson-client";
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from "topojson-specification";
import { ISO_NUMERIC, NAME_ONLY } from "./country-codes.ts";

/** Natural Earth scale of the shapes: 110m is about 3× smaller, 50m draws the Caucasus better. */
export type MapResolution = "110m" | "50m";

/** A country outline keyed by its world-atlas id (ISO numeric) or, lacking one, its name. */
export type CountryShape = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

type CountryGeometry = (TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>) & {
  id?: string;
};

const require = createRequire(import.meta.url);
const cache = new Map<MapResolution, readonly CountryShape[]>();

// Points used to find the polygons whose drawing is reassigned to the recognised state.
const SIMFEROPOL: [number, number] = [34.1, 44.95];

/**
 * Natural Earth (world-atlas 2) draws Crimea inside Russia and northern Cyprus as a separate
 * unit. The site shows internationally recognised borders (UN GA resolution 68/262, UN SC
 * resolution 541), as the brief requires for Georgia: the Crimea polygon is merged into Ukraine
 * and "N. Cyprus" into Cyprus, dissolving the shared arcs so no false border is drawn.
 * Georgia already includes Abkhazia and South Ossetia in Natural Earth's default view.
 */
function recognisedBorders(topology: Topology, geometries: CountryGeometry[]): CountryShape[] {
  const byId = new Map(geometries.filter((g) => g.id).map((g) => [g.id!, g]));
  const russia = byId.get("643");
  const ukraine = byId.get("804");
  const cyprus = byId.get("196");
  const northCyprus = geometries.find((g) => !g.id && g.properties?.name === "N. Cyprus");
  const replaced = new Map<CountryGeometry, Polygon | MultiPolygon | null>();

  if (russia?.type === "MultiPolygon" && ukraine) {
    const crimea = russia.arcs.findIndex((arcs) =>
      geoContains(feature(topology, { type: "Polygon", arcs }), SIMFEROPOL),
    );
    if (crimea >= 0) {
      const rest = russia.arcs.filter((_, i) => i !== crimea);
      replaced.set(russia, merge(topology, [{ type: "MultiPolygon", arcs: rest }]));
      replaced.set(
        ukraine,
        merge(topology, [ukraine, { type: "Polygon", arcs: russia.arcs[crimea]! }]),
      );
    }
  }
  if (cyprus && northCyprus) {
    replaced.set(cyprus, merge(topology, [cyprus, northCyprus]));
    replaced.set(northCyprus, null);
  }

  const shapes: CountryShape[] = [];
  for (const g of geometries) {
    const name = g.properties?.name ?? "";
    const key = g.id ?? name;
    const own = replaced.get(g);
    if (own === null) continue;
    const geometry = own ?? ((feature(topology, g) as Feature).geometry as Polygon | MultiPolygon);
    shapes.push({ type: "Feature", id: key, properties: { name }, geometry });
  }
  return shapes;
}

/** Country outlines from world-atlas on disk (read once per resolution, never fetched). */
export function countryShapes(resolution: MapResolution): readonly CountryShape[] {
  const cached = cache.get(resolution);
  if (cached) return cached;
  const file = require.resolve(`world-atlas/countries-${resolution}.json`);
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const geometries = topology.objects.countries.geometries.filter(
    (g): g is CountryGeometry => g.type === "Polygon" || g.type === "MultiPolygon",
  );
  const shapes = recognisedBorders(topology, geometries);
  cache.set(resolution, shapes);
  return shapes;
}

/** The outline of a state by ISO alpha-2 code, or undefined when the atlas has none. */
export function shapeOf(shapes: readonly CountryShape[], alpha2: string): CountryShape | undefined {
  const key = ISO_NUMERIC[alpha2] ?? NAME_ONLY[alpha2];
  return key === undefined ? undefined : shapes.find((s) => s.id === key);
}
