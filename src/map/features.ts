/**
 * The properties of the map's GeoJSON features: places, item dots and arcs. Imports nothing,
 * so the map and the data that feeds it can both use them without depending on each other.
 */
export interface PlaceFeatureProps {
  key: string;
  name: string;
  basis: string;
  /** A country or region as a whole: its middle, drawn unlike a point. */
  area: boolean;
}

/** An item's dot: which item, where it happened, and the colour of its first actor's side. */
export interface ItemFeatureProps {
  key: string;
  kind: string;
  placeKey: string;
  color: string;
  /** The item's turn among those at its place: where its dot sits around it (dotOffsetPx). */
  slot: number;
}

export interface ArcFeatureProps extends ItemFeatureProps {
  /** Which arc: the item's key and the place it goes to. */
  arcKey: string;
  /** The place the arc goes to. */
  toKey: string;
}
