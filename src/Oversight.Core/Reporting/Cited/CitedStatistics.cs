using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Lists;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Reports;
using Oversight.Domain;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Reporting.Cited;

/// A cited statistic as typed. The page reads the value and the date itself; null means it had nothing it could
/// read (and has said so), so the checks here stay quiet about that field.
public sealed record CitedStatisticInput(
    string? Key, string? Label, decimal? Value, FigureFormat? Unit, string? Period, string? Publisher, string? Title, string? Link, DateOnly? Retrieved);

/// The statistics the office quotes from other bodies: listed, entered and corrected by analysts, the authors of the
/// annual report (ReportRules), and given to the report as figures by <see cref="CitedFigures"/>.
public sealed partial class CitedStatistics(OversightDbContext db, TimeProvider clock)
{
    public static readonly ListSorts<CitedStatistic> Sorts = new ListSorts<CitedStatistic>()
        .Add("key", s => s.Key)
        .Add("label", s => s.Label)
        .Add("publisher", s => s.Publisher)
        .Add("retrieved", s => s.RetrievedOn)
        .Default("key")
        .ThenBy(s => s.Id);

    /// Whether the role may enter and correct cited statistics: the same people who write the annual report.
    public static bool MayEnter(string role) => ReportRules.Allows(role, ReportAction.Write);

    public Task<ListPage<CitedStatistic>> SearchAsync(ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.CitedStatistics.AsNoTracking()
            .Matching(request, s => s.Key, s => s.Label, s => s.Publisher, s => s.Title, s => s.Period)
            .PageAsync(Sorts, request, cancellationToken);
    }

    public Task<CitedStatistic?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.CitedStatistics.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<CitedStatistic?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.CitedStatistics.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);

    public Task<List<CitedStatistic>> AllAsync(CancellationToken cancellationToken) =>
        db.CitedStatistics.AsNoTracking().OrderBy(s => s.Key).ToListAsync(cancellationToken);

    /// The full key for what a person typed: "proven-reoffending-2023" or "cited.proven-reoffending-2023".
    public static string KeyOf(string? typed)
    {
        var text = (typed ?? "").Trim().ToLowerInvariant();
        return text.StartsWith(CitedStatistic.KeyPrefix, StringComparison.Ordinal) ? text : CitedStatistic.KeyPrefix + text;
    }

    /// Everything wrong with the input, each naming its field; <paramref name="id"/> is the statistic being corrected
    /// (whose key is fixed), or null for a new one.
    public async Task<IReadOnlyList<FieldError>> CheckAsync(Guid? id, CitedStatisticInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (id is null)
        {
            var key = KeyOf(input.Key);
            if (string.IsNullOrWhiteSpace(input.Key))
            {
                errors.Add(new("Key", "Enter a reference for the statistic, like proven-reoffending-2023"));
            }
            else if (key.Length > CitedStatistic.KeyLength || !KeyShape().IsMatch(key[CitedStatistic.KeyPrefix.Length..]))
            {
                errors.Add(new("Key", $"The reference must be lower-case letters, numbers and hyphens, {CitedStatistic.KeyLength - CitedStatistic.KeyPrefix.Length} characters or fewer, like proven-reoffending-2023"));
            }
            else if (await db.CitedStatistics.AnyAsync(s => s.Key == key, cancellationToken))
            {
                errors.Add(new("Key", $"A cited statistic with the reference {key} already exists; give this one another"));
            }
        }

        Text(errors, "Label", input.Label, "what the statistic measures", CitedStatistic.LabelLength);
        if (input.Value is { } value && input.Unit == FigureFormat.Count && value != decimal.Truncate(value))
        {
            errors.Add(new("Value", "A number of things must be a whole number, like 51576"));
        }

        if (input.Unit is null or not (FigureFormat.Count or FigureFormat.Percentage or FigureFormat.Money))
        {
            errors.Add(new("Unit", "Select what the value is: a number, a percentage or an amount in pounds"));
        }

        Text(errors, "Period", input.Period, "the period the statistic covers", CitedStatistic.PeriodLength);
        Text(errors, "Publisher", input.Publisher, "who published the statistic", CitedStatistic.PublisherLength);
        Text(errors, "Title", input.Title, "the title of the publication", CitedStatistic.TitleLength);
        var link = input.Link?.Trim() ?? "";
        if (link.Length == 0)
        {
            errors.Add(new("Link", "Enter the link to the publication"));
        }
        else if (link.Length > CitedStatistic.LinkLength || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0)
        {
            errors.Add(new("Link", "Enter the link as a web address starting with https://"));
        }

        if (input.Retrieved is { } retrieved && retrieved > UkTime.Today(clock))
        {
            errors.Add(new("Retrieved", "The date retrieved must be today or in the past"));
        }

        return errors;
    }

    public async Task<Saved> CreateAsync(MeasureUser user, CitedStatisticInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        if (await RefusalsAsync(user, null, input, cancellationToken) is { Count: > 0 } errors)
        {
            return Saved.Invalid(errors);
        }

        var statistic = new CitedStatistic
        {
            Key = KeyOf(input.Key),
            Label = "",
            Period = "",
            Publisher = "",
            Title = "",
            Link = "",
            EnteredBy = user.Name,
            EnteredAt = clock.GetUtcNow(),
        };
        Apply(statistic, input);
        db.Add(statistic);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(statistic.Id, statistic.Key);
    }

    /// Corrects a statistic; its key stays, since narrative cites it. A published report keeps the value it printed.
    public async Task<Saved> UpdateAsync(MeasureUser user, Guid id, CitedStatisticInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        if (await db.CitedStatistics.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } statistic)
        {
            return Saved.Missing;
        }

        if (await RefusalsAsync(user, id, input, cancellationToken) is { Count: > 0 } errors)
        {
            return Saved.Invalid(errors);
        }

        Apply(statistic, input);
        (statistic.ChangedBy, statistic.ChangedAt) = (user.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(statistic.Id, statistic.Key);
    }

    private async Task<IReadOnlyList<FieldError>> RefusalsAsync(MeasureUser user, Guid? id, CitedStatisticInput input, CancellationToken cancellationToken)
    {
        if (!MayEnter(user.Role))
        {
            return [new FieldError("", "Only analysts enter and correct cited statistics")];
        }

        var errors = (await CheckAsync(id, input, cancellationToken)).ToList();
        if (input.Value is null && errors.All(e => e.Field != "Value"))
        {
            errors.Add(new("Value", "Enter the value, like 31.4"));
        }

        if (input.Retrieved is null)
        {
            errors.Add(new("Retrieved", "Enter the date you read the statistic in the publication"));
        }

        return errors;
    }

    private static void Apply(CitedStatistic statistic, CitedStatisticInput input)
    {
        statistic.Label = input.Label!.Trim();
        statistic.Value = input.Value!.Value;
        statistic.Unit = input.Unit!.Value;
        statistic.Period = input.Period!.Trim();
        statistic.Publisher = input.Publisher!.Trim();
        statistic.Title = input.Title!.Trim();
        statistic.Link = input.Link!.Trim();
        statistic.RetrievedOn = input.Retrieved!.Value;
    }

    private static void Text(List<FieldError> errors, string field, string? value, string what, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(new(field, $"Enter {what}"));
        }
        else if (text.Length > max)
        {
            errors.Add(new(field, string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be {max:N0} characters or fewer")));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex KeyShape();
}
