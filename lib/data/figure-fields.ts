// The columns that say which quarter a figure is for and what it holds, selected and typed once for
// every reader (the evaluation's series, the figure view, the report's figures sheet).

export const figureValueSelect = {
  year: true,
  quarter: true,
  value: true,
  numerator: true,
  denominator: true,
} as const;

/** A figure's key (indicator, region, quarter) and values, as the evaluation reads them. */
export const figureRowSelect = { indicatorId: true, regionId: true, ...figureValueSelect } as const;

export interface FigureValue {
  year: number;
  quarter: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface FigureRow extends FigureValue {
  indicatorId: number;
  regionId: number;
}
