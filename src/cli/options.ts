import { InvalidArgumentError } from 'commander';
import type { Severity } from '../domain/diagnostic.js';

export function parseNonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

export function parsePositiveInteger(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number, 1 or more.');
  return Number(value);
}

export function parseFailOn(value: string): Exclude<Severity, 'info'> {
  if (value === 'error' || value === 'warning') return value;
  throw new InvalidArgumentError('expected "error" or "warning".');
}
