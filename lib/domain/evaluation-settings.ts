// Thresholds are settings (docs/design.md) so the office can tune them without a code change;
// these defaults are the values the design names.

export interface StatusThresholds {
  /** ON_TRACK when progress ≥ expected − this. */
  onTrackMargin: number;
  /** AT_RISK when progress ≥ expected − this. */
  atRiskMargin: number;
  /** AT_RISK when anticipated progress ≥ this. */
  atRiskForecast: number;
  forecastMinPoints: number;
  forecastMaxPoints: number;
}

export interface CardRules {
  /** Off-track RATE targets that earn a yellow card. */
  yellowOffTrackRates: number;
  /** Off-track RATE targets that earn a red card. */
  redOffTrackRates: number;
  /** Whether a single missed RATE target earns a red card. */
  redOnMissedRate: boolean;
}

export interface DomainSettings {
  thresholds: StatusThresholds;
  cards: CardRules;
  /** A RATE built on fewer sampled units than this is flagged as a small sample. */
  minDenominator: number;
}

export const DEFAULT_SETTINGS: DomainSettings = {
  thresholds: {
    onTrackMargin: 0.05,
    atRiskMargin: 0.2,
    atRiskForecast: 0.75,
    forecastMinPoints: 3,
    forecastMaxPoints: 8,
  },
  cards: {
    yellowOffTrackRates: 1,
    redOffTrackRates: 2,
    redOnMissedRate: true,
  },
  minDenominator: 30,
};
