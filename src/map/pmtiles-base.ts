import type { LayerSpecification } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
import { BASE_PREFIX, type PreparedBase } from './basemap-choice';
import { LABEL_FONT } from './layers';

/** The vector layers that mark an archive in the Protomaps basemap schema. */
const PROTOMAPS_LAYERS = ['earth', 'water', 'roads', 'places', 'boundaries'];

const SOURCE_ID = `${BASE_PREFIX}pmtiles`;

/** Neutral colours for an archive whose schema the viewer does not know. */
const GENERIC = { fill: '#e4e0d8', line: '#9a9488', point: '#7d7d7d', sea: '#c9dbe6' };

/**
 * Layers for a vector archive. In the Protomaps schema, its own light style (from
 * @protomaps/basemaps) with the viewer's bundled font and without icons (there is no sprite
 * offline); in any other schema, each vector layer drawn plainly by geometry.
 */
export function vectorLayers(
  layerIds: string[],
  protomaps: (source: string) => LayerSpecification[],
): LayerSpecification[] {
  if (PROTOMAPS_LAYERS.every((id) => layerIds.includes(id)))
    return protomaps(SOURCE_ID)
      .filter((l) => !(l.type === 'symbol' && l.layout && 'icon-image' in l.layout))
      .map((l) => {
        const layer = { ...l, id: BASE_PREFIX + l.id } as LayerSpecification;
        if (layer.type === 'symbol' && layer.layout?.['text-font'])
          layer.layout = { ...layer.layout, 'text-font': [LABEL_FONT] };
        return layer;
      });
  const out: LayerSpecification[] = [
    {
      id: `${BASE_PREFIX}background`,
      type: 'background',
      paint: { 'background-color': GENERIC.sea },
    },
  ];
  for (const id of layerIds) {
    const common = { source: SOURCE_ID, 'source-layer': id };
    out.push(
      {
        ...common,
        id: `${BASE_PREFIX}${id}-fill`,
        type: 'fill',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': GENERIC.fill, 'fill-outline-color': GENERIC.line },
      },
      {
        ...common,
        id: `${BASE_PREFIX}${id}-line`,
        type: 'line',
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: { 'line-color': GENERIC.line, 'line-width': 0.8 },
      },
      {
        ...common,
        id: `${BASE_PREFIX}${id}-point`,
        type: 'circle',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-color': GENERIC.point, 'circle-radius': 1.5 },
      },
    );
  }
  return out;
}

let protocol: import('pmtiles').Protocol | null = null;

/**
 * Opens a PMTiles file from the device as the basemap: registers the `pmtiles://` protocol
 * with MapLibre once, reads the archive's header and metadata, and gives the source and
 * layers for its tile type. Nothing leaves the device. Throws with a plain message when the
 * file is not a PMTiles archive.
 */
export async function pmtilesBase(file: File): Promise<PreparedBase> {
  const { FileSource, PMTiles, Protocol, TileType } = await import('pmtiles');
  if (!protocol) {
    protocol = new Protocol();
    maplibregl.addProtocol('pmtiles', protocol.tile);
  }
  const archive = new PMTiles(new FileSource(file));
  let header: Awaited<ReturnType<typeof archive.getHeader>>;
  try {
    header = await archive.getHeader();
  } catch {
    throw new Error(`${file.name} is not a PMTiles archive (version 3)`);
  }
  protocol.add(archive);
  const url = `pmtiles://${archive.source.getKey()}`;
  if (header.tileType === TileType.Mvt) {
    const meta = (await archive.getMetadata().catch(() => ({}))) as {
      vector_layers?: { id: string }[];
    };
    const ids = (meta.vector_layers ?? []).map((l) => l.id).filter((id) => typeof id === 'string');
    const { layers, namedFlavor } = await import('@protomaps/basemaps');
    return {
      sources: { [SOURCE_ID]: { type: 'vector', url } },
      layers: vectorLayers(
        ids,
        (source) => layers(source, namedFlavor('light'), { lang: 'en' }) as LayerSpecification[],
      ),
      otherOrigins: [],
    };
  }
  if ([TileType.Png, TileType.Jpeg, TileType.Webp].includes(header.tileType))
    return {
      sources: { [SOURCE_ID]: { type: 'raster', url, tileSize: 256 } },
      layers: [{ id: `${BASE_PREFIX}raster`, type: 'raster', source: SOURCE_ID }],
      otherOrigins: [],
    };
  throw new Error(`${file.name} holds tiles of a type the viewer cannot draw (${header.tileType})`);
}
