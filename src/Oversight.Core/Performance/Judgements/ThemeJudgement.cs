using Oversight.Domain.Performance.Themes;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Judgements;

/// A performance theme's measures, judged for one area, with the overall judgement the roll-up policy suggests.
public sealed record ThemeJudgement(PerformanceTheme Theme, IReadOnlyList<MeasureJudgement> Measures, RollUpSuggestion Suggestion);
