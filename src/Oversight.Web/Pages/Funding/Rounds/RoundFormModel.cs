using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Rounds;
using Oversight.Domain;
using Oversight.Domain.Funding;
using Oversight.Web.Components;
using Oversight.Web.Forms;

namespace Oversight.Web.Pages.Funding.Rounds;

/// The fields shared by setting up and editing a round; strand and criterion rows are posted as parallel lists.
public abstract class RoundFormModel(RoundAdministration administration) : FormPageModel
{
    protected RoundAdministration Administration => administration;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? FinancialYear { get; set; }

    [BindProperty]
    public string? Pot { get; set; }

    [BindProperty]
    public DateParts Opens { get; set; } = new();

    [BindProperty]
    public DateParts Closes { get; set; } = new();

    [BindProperty]
    public List<string> EligibleTypes { get; set; } = [];

    [BindProperty]
    public List<string?> StrandCode { get; set; } = [];

    [BindProperty]
    public List<string?> StrandName { get; set; } = [];

    [BindProperty]
    public List<string?> StrandCeiling { get; set; } = [];

    [BindProperty]
    public List<string?> StrandKind { get; set; } = [];

    [BindProperty]
    public List<string?> StrandAreas { get; set; } = [];

    [BindProperty]
    public List<string> Priorities { get; set; } = [];

    [BindProperty]
    public List<string> Themes { get; set; } = [];

    [BindProperty]
    public string? Focuses { get; set; }

    [BindProperty]
    public List<string?> CriterionCode { get; set; } = [];

    [BindProperty]
    public List<string?> CriterionName { get; set; } = [];

    [BindProperty]
    public List<string?> CriterionWeight { get; set; } = [];

    [BindProperty]
    public List<string?> CriterionMaxScore { get; set; } = [];

    /// Set once applications have been submitted: the rules are shown but cannot change.
    public int Submitted { get; protected set; }

    public bool RulesLocked => Submitted > 0;

    /// The priorities and themes on offer: the plan's, plus any an older round was set up with.
    public IReadOnlyList<OptionChoice> PriorityChoices { get; private set; } = [];

    public IReadOnlyList<OptionChoice> ThemeChoices { get; private set; } = [];

    // Room for one more strand and criterion than the round has, so staff can add without scripts.
    public int StrandRows => Math.Max(StrandName.Count + 1, 3);

    public int CriterionRows => Math.Max(CriterionName.Count + 1, 4);

    public static string? At(List<string?> values, int i) => i < values.Count ? values[i] : null;

    protected void Fill(FundingRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        Name = round.Name;
        FinancialYear = round.FinancialYear;
        Pot = round.Pot.ToString("0.##", CultureInfo.InvariantCulture);
        (Opens, Closes) = (DateParts.From(round.Opens), DateParts.From(round.Closes));
        EligibleTypes = [.. round.EligibleTypes];
        FillRules(round);
    }

    protected void FillRules(FundingRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var strands = round.Strands.OrderBy(s => s.Order).ToList();
        StrandCode = [.. strands.Select(s => s.Code)];
        StrandName = [.. strands.Select(s => s.Name)];
        StrandCeiling = [.. strands.Select(s => s.Ceiling.ToString("0.##", CultureInfo.InvariantCulture))];
        StrandKind = [.. strands.Select(s => s.Collaborative ? "collaborative" : s.RestrictedAreas.Count > 0 ? "restricted" : "standard")];
        StrandAreas = [.. strands.Select(s => string.Join('\n', s.RestrictedAreas))];
        Priorities = [.. round.Priorities.Select(o => o.Code)];
        Themes = [.. round.Themes.Select(o => o.Code)];
        Focuses = string.Join('\n', round.Focuses.Select(o => o.Name));
        var criteria = round.Criteria.OrderBy(c => c.Order).ToList();
        CriterionCode = [.. criteria.Select(c => c.Code)];
        CriterionName = [.. criteria.Select(c => c.Name)];
        CriterionWeight = [.. criteria.Select(c => c.Weight.ToString(CultureInfo.InvariantCulture))];
        CriterionMaxScore = [.. criteria.Select(c => c.MaxScore.ToString(CultureInfo.InvariantCulture))];
    }

    protected void LoadChoices(FundingRound? round)
    {
        var known = round?.Options ?? [];
        PriorityChoices = [.. administration.PlanPriorities, .. known.Where(o => o.Kind == RoundOptionKind.Priority && administration.PlanPriorities.All(p => p.Code != o.Code)).Select(o => new OptionChoice(o.Code, o.Name))];
        ThemeChoices = [.. administration.PlanThemes, .. known.Where(o => o.Kind == RoundOptionKind.Theme && administration.PlanThemes.All(p => p.Code != o.Code)).Select(o => new OptionChoice(o.Code, o.Name))];
    }

    protected (RoundInput Input, List<FieldError> DateErrors) Read(bool withRules)
    {
        var dateErrors = new List<FieldError>();
        if (!Opens.TryRead("the date the round opens", out var opens, out var opensError))
        {
            dateErrors.Add(new("Opens", opensError!));
        }

        if (!Closes.TryRead("the date the round closes", out var closes, out var closesError))
        {
            dateErrors.Add(new("Closes", closesError!));
        }

        var rules = withRules
            ? new RoundRulesInput(
                [.. StrandName.Select((name, i) => new StrandInput(At(StrandCode, i), name, At(StrandCeiling, i), At(StrandKind, i), At(StrandAreas, i)))],
                Priorities,
                Themes,
                Focuses,
                [.. CriterionName.Select((name, i) => new CriterionInput(At(CriterionCode, i), name, At(CriterionWeight, i), At(CriterionMaxScore, i)))])
            : null;
        return (new RoundInput(Name, FinancialYear, Pot, opens, closes, EligibleTypes, rules), dateErrors);
    }

    public static IReadOnlyList<Choice> TypeChoices { get; } =
        [.. Enum.GetValues<OrganisationType>().Select(t => new Choice(t.ToString(), FundingText.Type(t), null))];
}
