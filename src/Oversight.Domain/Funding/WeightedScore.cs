namespace Oversight.Domain.Funding;

/// <summary>One assessor's mark against one criterion.</summary>
/// <param name="CriterionCode">The criterion.</param>
/// <param name="Score">The mark, from 0 to the criterion's maximum.</param>
public sealed record CriterionScore(string CriterionCode, int Score);

/// <summary>Turns criterion marks into one weighted percentage, so rounds with different criteria compare.</summary>
public static class WeightedScore
{
    /// <summary>Problems with a set of marks: a missing criterion or a mark out of range.</summary>
    public static IReadOnlyList<FieldError> Validate(IReadOnlyList<Criterion> criteria, IReadOnlyList<CriterionScore> scores)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(scores);
        var errors = new List<FieldError>();
        foreach (var criterion in criteria)
        {
            var score = scores.FirstOrDefault(s => s.CriterionCode == criterion.Code);
            if (score is null)
            {
                errors.Add(new(criterion.Code, $"Enter a score for {criterion.Name.ToLowerInvariant()}"));
            }
            else if (score.Score < 0 || score.Score > criterion.MaxScore)
            {
                errors.Add(new(criterion.Code, $"Enter a score for {criterion.Name.ToLowerInvariant()} from 0 to {criterion.MaxScore}"));
            }
        }

        return errors;
    }

    /// <summary>The weighted score as a percentage (0–100), rounded to 2 places.</summary>
    public static decimal Calculate(IReadOnlyList<Criterion> criteria, IReadOnlyList<CriterionScore> scores)
    {
        if (Validate(criteria, scores).Count > 0)
        {
            throw new ArgumentException("Every criterion needs a score in range", nameof(scores));
        }

        var totalWeight = criteria.Sum(c => c.Weight);
        var weighted = criteria.Sum(c => c.Weight * (decimal)scores.First(s => s.CriterionCode == c.Code).Score / c.MaxScore);
        return totalWeight == 0 ? 0 : Math.Round(100m * weighted / totalWeight, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The score that ranks an application: the moderated score if there is one, else the assessors' mean.</summary>
    public static decimal? Ranking(IReadOnlyList<decimal> assessorScores, decimal? moderated)
    {
        ArgumentNullException.ThrowIfNull(assessorScores);
        if (moderated is not null)
        {
            return moderated;
        }

        return assessorScores.Count == 0 ? null : Math.Round(assessorScores.Average(), 2, MidpointRounding.AwayFromZero);
    }
}
