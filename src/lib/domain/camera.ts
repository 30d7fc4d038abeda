/** Where a map looks and what a camera request points at; the maths is in geo/camera.ts. */
export interface Camera {
	center: [number, number];
	zoom: number;
}

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/**
 * What a camera request points at; each map resolves countries and places with its own shapes.
 * Home frames `bounds` (the members of the organisations shown), or the CSTO's region.
 */
export type CameraTarget =
	| { kind: 'camera'; camera: Camera }
	| { kind: 'country'; iso3: string }
	| { kind: 'place'; id: string }
	| { kind: 'home'; bounds?: Bounds };
