using Oversight.Core.Configuration;
using Oversight.Domain.Performance.PoliceData;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.PoliceData;

public static class PoliceDataConfigurationLoader
{
    /// Reads the force's police-data configuration and checks every measure it feeds is in the plan.
    public static PoliceDataConfiguration Load(string path, PoliceAndCrimePlan plan) =>
        ConfigurationFile.Load<PoliceDataConfiguration>(path, config => Validate(config, plan));

    private static IEnumerable<string> Validate(PoliceDataConfiguration config, PoliceAndCrimePlan plan)
    {
        var rules = config.StopSearchMeasures;
        var measures = config.StreetMeasures.Select((m, i) => ($"streetMeasures[{i}].measure", m.Measure))
            .Concat(config.OutcomeMeasures.Select((m, i) => ($"outcomeMeasures[{i}].measure", m.Measure)))
            .Concat([
                ("stopSearchMeasures.count", rules.Count), ("stopSearchMeasures.arrestRate", rules.ArrestRate),
                ("stopSearchMeasures.positiveOutcomeRate", rules.PositiveOutcomeRate), ("stopSearchMeasures.findRate", rules.FindRate),
            ])
            .Concat(rules.ComparisonGroups.Select(g => ($"stopSearchMeasures.comparisonGroups.{g.Key}", g.Value)));
        foreach (var (field, id) in measures)
        {
            if (plan.FindMeasure(id) is null)
            {
                yield return $"{field}: \"{id}\" is not a measure of the plan";
            }
        }

        if (rules.ComparisonGroups.ContainsKey(rules.BaselineGroup))
        {
            yield return $"stopSearchMeasures.comparisonGroups: \"{rules.BaselineGroup}\" is the baseline group and cannot also be compared with it";
        }

        if (config.Districts.Count == 0)
        {
            yield return "districts: must have at least one entry";
        }

        for (var i = 0; i < config.Districts.Count; i++)
        {
            if (config.Districts[i].Population <= 0)
            {
                yield return $"districts[{i}].population: must be more than 0";
            }
        }
    }
}
