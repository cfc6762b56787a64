// A place on a dashboard, for unit tests of tiles' `toConfig(place)`.
import type { TilePlace } from '../../constructs/model/tile-lists';

export const PLACE: TilePlace = { x: 6, y: 2, w: 12, h: 4 };
