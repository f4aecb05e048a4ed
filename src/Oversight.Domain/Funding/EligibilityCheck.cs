using System.Globalization;

namespace Oversight.Domain.Funding;

/// <summary>What eligibility is judged on.</summary>
/// <param name="StrandCode">The strand applied to.</param>
/// <param name="Amount">The amount asked for.</param>
/// <param name="OrganisationType">The applicant's kind of organisation.</param>
/// <param name="Area">The area the project is delivered in, for restricted strands.</param>
/// <param name="PartnerCount">How many partner organisations a collaborative bid names.</param>
public sealed record EligibilityRequest(string StrandCode, decimal Amount, OrganisationType OrganisationType, string? Area, int PartnerCount);

/// <summary>Checks an application against its round's rules.</summary>
public static class EligibilityCheck
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Every rule the request breaks; empty when it is eligible.</summary>
    public static IReadOnlyList<FieldError> Check(RoundConfiguration round, EligibilityRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        if (today < round.Opens)
        {
            errors.Add(new("Round", $"{round.Name} opens on {Day(round.Opens)}. You cannot apply before then"));
        }
        else if (today > round.Closes)
        {
            errors.Add(new("Round", $"{round.Name} closed on {Day(round.Closes)}. You can no longer apply to it"));
        }

        if (!round.EligibleTypes.Contains(request.OrganisationType))
        {
            errors.Add(new("OrganisationType", $"{TypeName(request.OrganisationType)} cannot apply to this round. Only {List(round.EligibleTypes.Order().Select(t => TypeName(t).ToLower(English)))} can apply"));
        }

        var strand = round.Strands.FirstOrDefault(s => s.Code == request.StrandCode);
        if (strand is null)
        {
            errors.Add(new("Strand", "Select the kind of grant you are applying for"));
            return errors;
        }

        if (request.Amount <= 0)
        {
            errors.Add(new("Amount", "Enter an amount more than £0"));
        }
        else if (request.Amount > strand.Ceiling)
        {
            errors.Add(new("Amount", $"Enter an amount of {Money(strand.Ceiling)} or less for a {strand.Name}"));
        }

        if (strand.RestrictedAreas.Count > 0 && !strand.RestrictedAreas.Contains(request.Area ?? "", StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new("Area", $"Select an area where {strand.Name} projects can take place: {List(strand.RestrictedAreas)}"));
        }

        if (strand.Collaborative && request.PartnerCount < 1)
        {
            errors.Add(new("Partners", $"Enter at least one partner organisation for a {strand.Name}"));
        }

        return errors;
    }

    /// <summary>Money as GOV.UK writes it: £20,000 or £17,185.46.</summary>
    public static string Money(decimal amount) =>
        amount == decimal.Truncate(amount) ? amount.ToString("£#,##0", English) : amount.ToString("£#,##0.00", English);

    /// <summary>The plain-English name of an organisation type, plural.</summary>
    public static string TypeName(OrganisationType type) => type switch
    {
        OrganisationType.Voluntary => "Voluntary organisations",
        OrganisationType.Community => "Community groups",
        OrganisationType.Faith => "Faith groups",
        OrganisationType.SocialEnterprise => "Social enterprises",
        OrganisationType.Statutory => "Statutory bodies",
        _ => "Private companies",
    };

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", English);

    private static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count == 1 ? all[0] : string.Join(", ", all.Take(all.Count - 1)) + " or " + all[^1];
    }
}
