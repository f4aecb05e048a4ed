using System.Text.RegularExpressions;

namespace Oversight.Web.Tests.Components;

/// Pages render these GOV.UK pieces only through Components/, so there is one way to write each.
public partial class NoHandWrittenComponentsTests
{
    // The block class itself; modifiers (govuk-radios--small) passed as component options are allowed.
    [GeneratedRegex(@"govuk-(radios|checkboxes|select|date-input|error-summary|pagination|input|textarea|character-count|notification-banner|details)(?![-_\w])")]
    private static partial Regex Markup();

    [Fact]
    public void No_page_writes_form_fields_error_summaries_pagination_banners_or_details_by_hand()
    {
        var web = Path.Combine(Path.GetDirectoryName(Golden.ComponentsFolder.Split("node_modules")[0].TrimEnd('/'))!, "Oversight.Web");
        var offenders = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains("/node_modules/", StringComparison.Ordinal) && !f.Contains("/Components/", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(l => Markup().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(web, l.f)}:{l.i + 1}: {l.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Use the components in Components/ instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_scan_sees_hand_written_markup()
    {
        Assert.Matches(Markup(), """<div class="govuk-radios govuk-radios--small" data-module="govuk-radios">""");
        Assert.DoesNotMatch(Markup(), """Classes = "govuk-radios--small govuk-radios--inline",""");
        Assert.Matches(Markup(), """<input class="govuk-input govuk-input--width-5" id="year" name="year" type="text">""");
        Assert.Matches(Markup(), """<textarea class="govuk-textarea" id="Notes" name="Notes" rows="3"></textarea>""");
        Assert.DoesNotMatch(Markup(), """Classes: "govuk-input--width-10", Inputmode: "decimal")""");
        Assert.Matches(Markup(), """<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">""");
        Assert.DoesNotMatch(Markup(), """<p class="govuk-notification-banner__heading" data-testid="saved">Saved</p>""");
        Assert.Matches(Markup(), """<details class="govuk-details" data-testid="choose">""");
        Assert.DoesNotMatch(Markup(), """<span class="govuk-details__summary-text">Choose</span>""");
    }
}
