import {
  isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime,
} from 'neo4j-driver';

/**
 * A value of an ad-hoc query's result, as JSON that keeps its Cypher type: graph elements, temporal, spatial and
 * duration values become objects with a `kind`; numbers, strings, booleans, lists and maps stay as they are.
 */
export type TypedValue =
  | null | number | string | boolean | TypedValue[] | { [key: string]: TypedValue }
  | TypedNode | TypedRelationship | TypedPath | TypedTemporal | TypedPoint;

export interface TypedNode {
  kind: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, TypedValue>;
}

export interface TypedRelationship {
  kind: 'relationship';
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, TypedValue>;
}

export interface TypedPath {
  kind: 'path';
  nodes: TypedNode[];
  relationships: TypedRelationship[];
}

/** Dates, times and durations in ISO 8601 (`2026-12-31`, `P1M2DT3H`). */
export interface TypedTemporal {
  kind: 'date' | 'datetime' | 'localdatetime' | 'time' | 'localtime' | 'duration';
  value: string;
}

/** A point; `latitude`/`longitude` only for WGS 84 (SRID 4326 and 4979). */
export interface TypedPoint {
  kind: 'point';
  srid: number;
  x: number;
  y: number;
  z: number | null;
  latitude: number | null;
  longitude: number | null;
}

const WGS84 = new Set([4326, 4979]);

function properties(source: Record<string, unknown>): Record<string, TypedValue> {
  return Object.fromEntries(Object.entries(source).map(([key, value]) => [key, toTypedValue(value)]));
}

function node(value: { elementId: string; labels: string[]; properties: Record<string, unknown> }): TypedNode {
  return { kind: 'node', elementId: value.elementId, labels: [...value.labels], properties: properties(value.properties) };
}

function relationship(value: {
  elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown>;
}): TypedRelationship {
  return {
    kind: 'relationship', elementId: value.elementId, type: value.type,
    startElementId: value.startNodeElementId, endElementId: value.endNodeElementId, properties: properties(value.properties),
  };
}

/** Converts one driver value into its typed JSON form; integers beyond 2^53 become strings so that no digit is lost. */
export function toTypedValue(value: unknown): TypedValue {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isNode(value)) return node(value);
  if (isRelationship(value)) return relationship(value);
  if (isPath(value)) {
    const nodes = [node(value.start), ...value.segments.map((segment) => node(segment.end))];
    return { kind: 'path', nodes, relationships: value.segments.map((segment) => relationship(segment.relationship)) };
  }
  if (isDate(value)) return { kind: 'date', value: value.toString() };
  if (isDateTime(value)) return { kind: 'datetime', value: value.toString() };
  if (isLocalDateTime(value)) return { kind: 'localdatetime', value: value.toString() };
  if (isTime(value)) return { kind: 'time', value: value.toString() };
  if (isLocalTime(value)) return { kind: 'localtime', value: value.toString() };
  if (isDuration(value)) return { kind: 'duration', value: value.toString() };
  if (isPoint(value)) {
    const srid = Number(value.srid);
    const geographic = WGS84.has(srid);
    return {
      kind: 'point', srid, x: value.x, y: value.y, z: value.z ?? null,
      latitude: geographic ? value.y : null, longitude: geographic ? value.x : null,
    };
  }
  if (Array.isArray(value)) return value.map(toTypedValue);
  if (typeof value === 'object') return properties(value as Record<string, unknown>);
  return value as TypedValue;
}
