using Oversight.Web.Components;

namespace Oversight.Web.Tests.Components;

/// Every component against every govuk-frontend fixture whose options it supports. A fixture is skipped only when its
/// options use something the component does not take (the reasons are listed below and checked, so the list stays true).
public class GoldenTests
{
    public static TheoryData<string, Type> Components => new()
    {
        { "hint", typeof(Hint) },
        { "label", typeof(Label) },
        { "error-message", typeof(ErrorMessage) },
        { "fieldset", typeof(Fieldset) },
        { "radios", typeof(Radios) },
        { "checkboxes", typeof(Checkboxes) },
        { "select", typeof(Select) },
        { "date-input", typeof(DateInput) },
        { "input", typeof(Input) },
        { "textarea", typeof(Textarea) },
        { "error-summary", typeof(ErrorSummary) },
        { "pagination", typeof(Pagination) },
        { "character-count", typeof(CharacterCount) },
        { "summary-list", typeof(SummaryList) },
        { "table", typeof(Table) },
        { "tabs", typeof(Tabs) },
        { "notification-banner", typeof(NotificationBanner) },
        { "tag", typeof(Tag) },
        { "details", typeof(Details) },
    };

    /// Fixtures a component does not render, by component and fixture name, with why.
    public static readonly IReadOnlyDictionary<(string Component, string Fixture), string> Skipped = new Dictionary<(string, string), string>
    {
        // None: every fixture of every component here renders. A fixture added here needs its reason.
    };

    [Theory]
    [MemberData(nameof(Components))]
    public async Task Component_renders_each_fixture_as_govuk_frontend_does(string name, Type component)
    {
        var failures = new List<string>();
        var unsupported = new List<string>();
        var fixtures = Golden.Fixtures(name);
        foreach (var (fixture, json, html) in fixtures.Where(f => !Skipped.ContainsKey((name, f.Name))))
        {
            if (Golden.Options(component, json, out var reason) is not { } options)
            {
                unsupported.Add($"{fixture}: {reason}");
                continue;
            }

            var expected = Golden.Normalise(html);
            var actual = Golden.Normalise(await Golden.RenderAsync(component, options));
            if (expected != actual)
            {
                failures.Add($"--- {fixture}\nexpected:\n{expected}\nactual:\n{actual}");
            }
        }

        Assert.All(Skipped.Keys.Where(k => k.Component == name), k => Assert.Contains(fixtures, f => f.Name == k.Fixture));
        Assert.True(failures.Count == 0, $"{failures.Count} of {fixtures.Count} {name} fixtures differ:\n" + string.Join("\n", failures));
        Assert.True(unsupported.Count == 0, $"{name} fixtures with options the component does not take:\n" + string.Join("\n", unsupported));
    }
}
