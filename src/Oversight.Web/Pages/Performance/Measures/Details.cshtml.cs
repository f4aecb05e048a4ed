using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Performance.Judgements;
using Oversight.Core.Performance.National;
using Oversight.Core.Performance.Observations;
using Oversight.Domain.Plan;
using Oversight.Web.Performance;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Measures;

[Authorize(Policy = Policies.Performance)]
public sealed class DetailsModel(MeasureJudgements judgements, ProvenanceLookup provenance, PoliceAndCrimePlan plan, MeasureComparisons comparisons) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Area { get; set; } = Observation.ForceArea;

    public IReadOnlyList<(string Id, string Name)> Areas => judgements.Areas;

    public string AreaName => judgements.AreaName(Area);

    public MeasureJudgement Judgement { get; private set; } = null!;

    public PerformanceTheme Theme { get; private set; } = null!;

    public string Owner { get; private set; } = "";

    public Dataset Dataset { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, Provenance> Sources { get; private set; } = new Dictionary<Guid, Provenance>();

    /// The force against its comparison group, for a measure police.uk's national files can compare; null otherwise.
    public MeasureComparison? Comparison { get; private set; }

    /// The districts against each other and the force over the comparison's months; empty without a comparison.
    public IReadOnlyList<DistrictComparison> Districts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!judgements.IsArea(Area) || await judgements.JudgeAsync(id, Area, cancellationToken) is not { } judgement)
        {
            return NotFound();
        }

        Judgement = judgement;
        Theme = plan.PerformanceThemes.First(t => t.Measures.Contains(judgement.Measure));
        Dataset = plan.DatasetOf(judgement.Measure.Id);
        Owner = plan.Organisations.FirstOrDefault(o => o.Id == judgement.Measure.Owner)?.Name ?? judgement.Measure.Owner;
        Sources = await provenance.ForAsync(judgement.Observations, cancellationToken);
        Comparison = Area == Observation.ForceArea ? await comparisons.CompareAsync(id, to: null, cancellationToken) : null;
        Districts = Comparison is { } compared ? await comparisons.CompareDistrictsAsync(compared, cancellationToken) : [];
        return Page();
    }

    public Provenance? SourceOf(Observation observation) =>
        observation.ProvenanceId is Guid p && Sources.TryGetValue(p, out var found) ? found : null;

    /// The chart's text alternative: what it shows and what it says.
    public string Summary()
    {
        var points = Judgement.Chart.Points;
        var first = points[0];
        var last = points[^1];
        return $"{Judgement.Measure.Name} for {AreaName}, {points.Count} periods from {first.Period} to {last.Period}. "
            + $"Latest value {JudgementText.Number(last.Value)}; mean {JudgementText.Number(last.Mean)}; "
            + $"process limits {JudgementText.Number(last.Lower)} to {JudgementText.Number(last.Upper)}. "
            + $"{points.Count(p => p.SpecialCause != Oversight.Domain.Performance.Spc.SpecialCause.None)} points show a special cause. "
            + $"Variation: {JudgementText.Variation(Judgement.Chart.VariationIcon)}.";
    }
}
