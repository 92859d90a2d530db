// The service's limits and score bands. GET /api/config carries them (issue 11) so the pane and the service cannot
// drift apart; these defaults are what the service enforced before it said so, used only when config lacks them.
import type { PaneConfig } from "./api";

export interface Limits {
  /** POST /api/notes/check refuses longer text. */
  noteCharacters: number;
  /** The portal's note field. */
  portalField: number;
  /** POST /api/notes/check-batch takes at most this many notes. */
  batchNotes: number;
  /** POST /api/mail/check refuses a longer body. */
  mailCharacters: number;
}

/** Scores from `good` up are Good, from `incomplete` up Incomplete, below that Bad (GUIDANCE.md). */
export interface ScoreBands {
  good: number;
  incomplete: number;
}

export const defaultLimits: Readonly<Limits> = { noteCharacters: 10_000, portalField: 400, batchNotes: 1000, mailCharacters: 100_000 };

export const defaultBands: Readonly<ScoreBands> = { good: 70, incomplete: 40 };

/** The limits from /api/config, each one that is missing or not a positive whole number taken from the defaults. */
export function limitsFrom(config: PaneConfig | null): Limits {
  const given = (config?.limits ?? {}) as Partial<Record<keyof Limits, unknown>>;
  return {
    noteCharacters: positive(given.noteCharacters, defaultLimits.noteCharacters),
    portalField: positive(given.portalField, defaultLimits.portalField),
    batchNotes: positive(given.batchNotes, defaultLimits.batchNotes),
    mailCharacters: positive(given.mailCharacters, defaultLimits.mailCharacters),
  };
}

/** The score bands from /api/config; both or neither, so a half-sent pair cannot leave Bad above Incomplete. */
export function bandsFrom(config: PaneConfig | null): ScoreBands {
  const given = (config?.scoreBands ?? {}) as Partial<Record<keyof ScoreBands, unknown>>;
  const good = given.good;
  const incomplete = given.incomplete;
  if (isScore(good) && isScore(incomplete) && incomplete <= good) {
    return { good, incomplete };
  }
  return { ...defaultBands };
}

export type Band = "high" | "medium" | "low";

export function bandOf(score: number, bands: ScoreBands): Band {
  return score >= bands.good ? "high" : score >= bands.incomplete ? "medium" : "low";
}

function positive(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : fallback;
}

function isScore(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100;
}
