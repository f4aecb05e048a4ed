using System.Text.RegularExpressions;

namespace Oversight.Domain.Plan;

/// <summary>
/// Checks a plan for the mistakes a hand-edited configuration file invites: blank text, duplicate or malformed
/// identifiers, numbering gaps and measures owned by organisations the plan does not list.
/// </summary>
public static partial class PlanValidator
{
    /// <summary>Returns every problem found; an empty list means the plan can be used.</summary>
    public static IReadOnlyList<FieldError> Validate(PoliceAndCrimePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new List<FieldError>();
        var ids = new HashSet<string>(StringComparer.Ordinal);

        CheckId(errors, ids, "id", plan.Id);
        Required(errors, "title", plan.Title);
        Required(errors, "office", plan.Office);
        Required(errors, "area", plan.Area);
        Required(errors, "vision", plan.Vision);
        if (plan.Letterhead is { } letterhead)
        {
            Required(errors, "letterhead.name", letterhead.Name);
        }

        if (plan.Period.End <= plan.Period.Start)
        {
            errors.Add(new("period.end", "must be after period.start"));
        }

        var organisationIds = new HashSet<string>(StringComparer.Ordinal);
        Each(plan.Organisations, "organisations", errors, (o, path) =>
        {
            CheckId(errors, organisationIds, path + ".id", o.Id);
            Required(errors, path + ".name", o.Name);
        });
        if (!plan.Organisations.Any(o => o.Kind == OrganisationKind.Office))
        {
            errors.Add(new("organisations", "must include the office itself (kind \"office\")"));
        }

        CheckNumbering(errors, "priorities", plan.Priorities.Select(p => p.Number));
        Each(plan.Priorities, "priorities", errors, (p, path) =>
        {
            CheckId(errors, ids, path + ".id", p.Id);
            Required(errors, path + ".title", p.Title);
            for (var i = 0; i < p.Deliverables.Count; i++)
            {
                Required(errors, $"{path}.deliverables[{i}]", p.Deliverables[i]);
            }
        });

        Each(plan.CrossCuttingThemes, "crossCuttingThemes", errors, (t, path) =>
        {
            CheckId(errors, ids, path + ".id", t.Id);
            Required(errors, path + ".title", t.Title);
        });

        CheckNumbering(errors, "performanceThemes", plan.PerformanceThemes.Select(t => t.Number));
        Each(plan.PerformanceThemes, "performanceThemes", errors, (t, path) =>
        {
            CheckId(errors, ids, path + ".id", t.Id);
            Required(errors, path + ".title", t.Title);
            Each(t.Measures, path + ".measures", errors, (m, mPath) =>
            {
                CheckId(errors, ids, mPath + ".id", m.Id);
                Required(errors, mPath + ".name", m.Name);
                if (!organisationIds.Contains(m.Owner))
                {
                    errors.Add(new(mPath + ".owner", $"\"{m.Owner}\" is not one of the plan's organisations"));
                }

                if (m.Target is { } target)
                {
                    errors.AddRange(TargetValidator.Validate(target, m, mPath + ".target"));
                }
            });
        });

        CheckDatasets(plan, organisationIds, errors);
        return errors;
    }

    private static void CheckDatasets(PoliceAndCrimePlan plan, HashSet<string> organisationIds, List<FieldError> errors)
    {
        var measureIds = plan.Measures.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var datasetIds = new HashSet<string>(StringComparer.Ordinal);
        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        Each(plan.Datasets, "datasets", errors, (d, path) =>
        {
            CheckId(errors, datasetIds, path + ".id", d.Id);
            Required(errors, path + ".name", d.Name);
            if (!organisationIds.Contains(d.Owner))
            {
                errors.Add(new(path + ".owner", $"\"{d.Owner}\" is not one of the plan's organisations"));
            }

            CheckReturn(plan, d, path, errors);
            foreach (var measure in d.Measures)
            {
                if (!measureIds.Contains(measure))
                {
                    errors.Add(new(path + ".measures", $"\"{measure}\" is not a measure of the plan"));
                }
                else if (!placed.TryAdd(measure, d.Id))
                {
                    errors.Add(new(path + ".measures", $"\"{measure}\" is already in dataset \"{placed[measure]}\""));
                }
            }
        });

        foreach (var missing in measureIds.Where(m => !placed.ContainsKey(m)))
        {
            errors.Add(new("datasets", $"measure \"{missing}\" is in no dataset"));
        }
    }

    private static void CheckReturn(PoliceAndCrimePlan plan, Dataset d, string path, List<FieldError> errors)
    {
        if (d.Return is not { } rule)
        {
            errors.Add(new(path + ".return", "must say how often the data is sent and when it is due"));
            return;
        }

        if (rule.Due is null || (rule.Due.WorkingDays is null) == (rule.Due.Days is null))
        {
            errors.Add(new(path + ".return.due", "must give exactly one of workingDays and days"));
        }
        else if ((rule.Due.WorkingDays ?? rule.Due.Days) is < 0 or > 366)
        {
            errors.Add(new(path + ".return.due", "must be from 0 to 366 days after the period ends"));
        }

        if (rule.RemindWorkingDaysBefore is < 0 or > 60)
        {
            errors.Add(new(path + ".return.remindWorkingDaysBefore", "must be from 0 to 60 working days"));
        }

        foreach (var measure in d.Measures.Select(plan.FindMeasure).OfType<Measure>().Where(m => m.Frequency < rule.Frequency))
        {
            errors.Add(new(path + ".return.frequency",
                $"measure \"{measure.Id}\" is {measure.Frequency.ToString().ToLowerInvariant()}, more often than the dataset's {rule.Frequency.ToString().ToLowerInvariant()} return"));
        }
    }

    private static void Each<T>(IReadOnlyList<T>? items, string path, List<FieldError> errors, Action<T, string> check)
    {
        if (items is null || items.Count == 0)
        {
            errors.Add(new(path, "must have at least one entry"));
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            check(items[i], $"{path}[{i}]");
        }
    }

    private static void Required(List<FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "must not be blank"));
        }
    }

    /// <summary>Adds an error unless the id is kebab-case and not yet seen (shared with the scheme of delegation).</summary>
    internal static void CheckId(List<FieldError> errors, HashSet<string> seen, string field, string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || !KebabCase().IsMatch(id))
        {
            errors.Add(new(field, $"\"{id}\" must be lower-case words joined by hyphens"));
        }
        else if (!seen.Add(id))
        {
            errors.Add(new(field, $"\"{id}\" is used more than once"));
        }
    }

    private static void CheckNumbering(List<FieldError> errors, string field, IEnumerable<int> numbers)
    {
        var sorted = numbers.Order().ToList();
        if (!sorted.SequenceEqual(Enumerable.Range(1, sorted.Count)))
        {
            errors.Add(new(field, "must be numbered 1, 2, 3… without gaps or repeats"));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
