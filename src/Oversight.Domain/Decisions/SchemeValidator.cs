using Oversight.Domain.Plan;

namespace Oversight.Domain.Decisions;

/// <summary>Checks a scheme of delegation so a broken file stops start-up naming the field.</summary>
public static class SchemeValidator
{
    /// <summary>Every problem with the scheme; empty when it is sound.</summary>
    /// <param name="scheme">The scheme read from the file.</param>
    /// <param name="roles">The roles the service knows.</param>
    public static IReadOnlyList<FieldError> Validate(SchemeOfDelegation scheme, IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(roles);
        var errors = new List<FieldError>();
        var posts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scheme.Posts.Count; i++)
        {
            var post = scheme.Posts[i];
            PlanValidator.CheckId(errors, posts, $"posts[{i}].id", post.Id);

            if (string.IsNullOrWhiteSpace(post.Name))
            {
                errors.Add(new($"posts[{i}].name", "is empty"));
            }
        }

        if (!posts.Contains(scheme.FinanceOfficerPost))
        {
            errors.Add(new("financeOfficerPost", $"\"{scheme.FinanceOfficerPost}\" is not one of the posts"));
        }

        if (!posts.Contains(scheme.MonitoringOfficerPost))
        {
            errors.Add(new("monitoringOfficerPost", $"\"{scheme.MonitoringOfficerPost}\" is not one of the posts"));
        }

        if (scheme.RequiredScores is < 1 or > 10)
        {
            errors.Add(new("requiredScores", "must be from 1 to 10"));
        }

        for (var i = 0; i < scheme.Decisions.Count; i++)
        {
            errors.AddRange(Check(scheme.Decisions[i], $"decisions[{i}]", posts, roles));
            if (scheme.Decisions.Take(i).Any(d => d.Type == scheme.Decisions[i].Type))
            {
                errors.Add(new($"decisions[{i}].type", "is given twice"));
            }
        }

        foreach (var missing in Enum.GetValues<DecisionType>().Where(t => scheme.Decisions.All(d => d.Type != t)))
        {
            errors.Add(new("decisions", $"has no rule for {missing}"));
        }

        return errors;
    }

    private static IEnumerable<FieldError> Check(DecisionRule rule, string at, HashSet<string> posts, IReadOnlyCollection<string> roles)
    {
        if (string.IsNullOrWhiteSpace(rule.Name))
        {
            yield return new($"{at}.name", "is empty");
        }

        if (rule.Delegations.Count == 0)
        {
            yield return new($"{at}.delegations", "must name at least one post or role");
        }

        decimal? previous = null;
        for (var j = 0; j < rule.Delegations.Count; j++)
        {
            var d = rule.Delegations[j];
            var where = $"{at}.delegations[{j}]";
            if (d.Post is null && d.Role is null)
            {
                yield return new(where, "must name a post, a role or both");
            }

            if (d.Post is not null && !posts.Contains(d.Post))
            {
                yield return new($"{where}.post", $"\"{d.Post}\" is not one of the posts");
            }

            if (d.Role is not null && !roles.Contains(d.Role))
            {
                yield return new($"{where}.role", $"\"{d.Role}\" is not a role ({string.Join(", ", roles)})");
            }

            if (d.UpTo is null && j < rule.Delegations.Count - 1)
            {
                yield return new($"{where}.upTo", "only the last delegation may have no limit");
            }

            if (d.UpTo is { } limit && (limit < 0 || (previous is not null && limit <= previous)))
            {
                yield return new($"{where}.upTo", "must be more than the delegation before it");
            }

            previous = d.UpTo ?? previous;
        }
    }
}
