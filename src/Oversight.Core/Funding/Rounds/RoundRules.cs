using System.Globalization;
using System.Text.RegularExpressions;
using Oversight.Domain;

namespace Oversight.Core.Funding.Rounds;

/// Reads and checks a round's strands, options and criteria, naming the row and field of every problem.
public static partial class RoundRules
{
    public const int MaxCriterionScore = 10;

    public static List<RoundStrand> Strands(IReadOnlyList<StrandInput> rows, decimal? pot, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(errors);
        var strands = new List<RoundStrand>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            var n = i + 1;
            if (string.IsNullOrWhiteSpace(row.Name))
            {
                errors.Add(new($"StrandName[{i}]", $"Enter the name of strand {n}"));
            }
            else if (strands.Any(s => string.Equals(s.Name, row.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new($"StrandName[{i}]", $"Strand {n} has the same name as another strand. Give each strand its own name"));
            }

            if (!TryMoney(row.Ceiling, out var ceiling))
            {
                errors.Add(new($"StrandCeiling[{i}]", $"Enter the most strand {n} can award, like 20000 or 20000.50"));
            }
            else if (ceiling <= 0 || (pot is not null && ceiling > pot))
            {
                errors.Add(new($"StrandCeiling[{i}]", $"The most strand {n} can award must be more than £0 and no more than the pot"));
            }

            var areas = Lines(row.Areas);
            if (row.Kind is not ("standard" or "collaborative" or "restricted"))
            {
                errors.Add(new($"StrandKind[{i}]", $"Select what kind of strand strand {n} is"));
            }
            else if (row.Kind == "restricted" && areas.Count == 0)
            {
                errors.Add(new($"StrandAreas[{i}]", $"Enter the areas where strand {n} projects can take place, one on each line"));
            }

            strands.Add(new RoundStrand
            {
                Order = strands.Count,
                Code = Unique(string.IsNullOrWhiteSpace(row.Code) ? Slug(row.Name) : row.Code.Trim(), strands.Select(s => s.Code)),
                Name = row.Name?.Trim() ?? "",
                Ceiling = ceiling,
                Collaborative = row.Kind == "collaborative",
                RestrictedAreas = row.Kind == "restricted" ? areas : [],
            });
        }

        if (strands.Count == 0)
        {
            errors.Add(new("StrandName[0]", "Enter at least one strand, with its name and the most it can award"));
        }

        return strands;
    }

    public static List<RoundCriterion> Criteria(IReadOnlyList<CriterionInput> rows, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(errors);
        var criteria = new List<RoundCriterion>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            var n = i + 1;
            if (string.IsNullOrWhiteSpace(row.Name))
            {
                errors.Add(new($"CriterionName[{i}]", $"Enter the name of criterion {n}"));
            }

            if (!int.TryParse(row.Weight, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) || weight is < 1 or > 100)
            {
                errors.Add(new($"CriterionWeight[{i}]", $"Enter the weight of criterion {n} as a whole number from 1 to 100"));
            }

            if (!int.TryParse(row.MaxScore, NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max is < 1 or > MaxCriterionScore)
            {
                errors.Add(new($"CriterionMaxScore[{i}]", $"Enter the highest score for criterion {n} as a whole number from 1 to {MaxCriterionScore}"));
            }

            criteria.Add(new RoundCriterion
            {
                Order = criteria.Count,
                Code = Unique(string.IsNullOrWhiteSpace(row.Code) ? Slug(row.Name) : row.Code.Trim(), criteria.Select(c => c.Code)),
                Name = row.Name?.Trim() ?? "",
                Weight = weight,
                MaxScore = max,
            });
        }

        if (criteria.Count == 0)
        {
            errors.Add(new("CriterionName[0]", "Enter at least one assessment criterion, with its weight and highest score"));
        }
        else if (criteria.Sum(c => c.Weight) != 100)
        {
            errors.Add(new("CriterionWeight[0]", $"The weights of the criteria must add up to 100. They add up to {criteria.Sum(c => c.Weight)}"));
        }

        return criteria;
    }

    public static bool TryMoney(string? text, out decimal amount) =>
        decimal.TryParse(text?.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
        && decimal.Round(amount, 2) == amount;

    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static string Slug(string? name) => NotWord().Replace((name ?? "").Trim().ToLowerInvariant(), "-").Trim('-');

    // Applications and marks refer to strands and criteria by code, so two rows must never share one.
    private static string Unique(string code, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var candidate = code;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{code}-{n}");
        }

        return candidate;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();
}
