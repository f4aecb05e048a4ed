using System.Globalization;

namespace Oversight.Domain.Decisions;

/// <summary>The kinds of decision the scheme of delegation assigns to someone.</summary>
public enum DecisionType
{
    /// <summary>Awarding a grant in full.</summary>
    GrantAward,

    /// <summary>Awarding less than was asked for.</summary>
    ReducedAward,

    /// <summary>Changing a grant already awarded.</summary>
    GrantVariation,

    /// <summary>Recovering grant money.</summary>
    Clawback,

    /// <summary>Releasing a payment tranche of a grant.</summary>
    TrancheRelease,

    /// <summary>Awarding a contract (commissioned services).</summary>
    ContractAward,

    /// <summary>Publishing a quarterly performance report.</summary>
    ReportPublication,

    /// <summary>Publishing the annual report.</summary>
    AnnualReportPublication,

    /// <summary>Proposing the police precept to the Police and Crime Panel.</summary>
    PreceptProposal,

    /// <summary>Adopting or changing a policy.</summary>
    Policy,
}

/// <summary>What must be true before a decision of a kind may be taken.</summary>
public enum Precondition
{
    /// <summary>The funding round has closed.</summary>
    RoundClosed,

    /// <summary>Every eligible bid has the scheme's number of independent scores.</summary>
    IndependentScores,

    /// <summary>The moderation of the scores is recorded.</summary>
    ModerationRecorded,

    /// <summary>The panel's recommendation is written.</summary>
    PanelRecommendation,

    /// <summary>The decider has not scored the bid.</summary>
    DeciderNotAssessor,

    /// <summary>The decider has declared no conflict of interest.</summary>
    NoConflict,

    /// <summary>Every measure expecting a value has one or a recorded reason why not.</summary>
    CurrentData,

    /// <summary>Someone other than the author approves.</summary>
    SecondPerson,

    /// <summary>The Chief Finance Officer's advice is recorded before signing.</summary>
    FinanceAdvice,

    /// <summary>The monitoring officer's advice is recorded before signing.</summary>
    MonitoringOfficerAdvice,
}

/// <summary>A named post a user can hold, such as the Mayor or the grants manager.</summary>
/// <param name="Id">Kebab-case identifier used in the file (<c>deputy-mayor</c>).</param>
/// <param name="Name">The post's title as people write it.</param>
public sealed record Post(string Id, string Name);

/// <summary>One rung of who may take a decision: a role, a post or both, up to an amount.</summary>
/// <param name="Post">The post the decider must hold; null when the role alone suffices.</param>
/// <param name="Role">The role the decider must have; null when the post alone suffices.</param>
/// <param name="UpTo">The largest amount this rung may decide; null for no limit (only the last rung).</param>
public sealed record Delegation(string? Post = null, string? Role = null, decimal? UpTo = null);

/// <summary>The rule for one kind of decision.</summary>
/// <param name="Type">The kind of decision.</param>
/// <param name="Name">Its name in notices and pages.</param>
/// <param name="Significant">Whether a decision of this kind goes on the public decision register.</param>
/// <param name="Delegations">Who may take it, smallest amount first; a rung higher up may also decide smaller amounts.</param>
/// <param name="Preconditions">What must be true first.</param>
public sealed record DecisionRule(DecisionType Type, string Name, bool Significant, IReadOnlyList<Delegation> Delegations, IReadOnlyList<Precondition> Preconditions)
{
    /// <summary>Whether the rule requires a precondition.</summary>
    public bool Requires(Precondition precondition) => Preconditions.Contains(precondition);
}

/// <summary>An office's scheme of delegation: who may take which decision, up to what value, on what evidence.</summary>
/// <param name="Office">The office the scheme belongs to.</param>
/// <param name="Note">What the values are (the shipped thresholds are illustrative).</param>
/// <param name="Posts">The named posts users can hold.</param>
/// <param name="FinanceOfficerPost">The post whose advice on a decision notice is the Chief Finance Officer's.</param>
/// <param name="MonitoringOfficerPost">The post whose advice on a decision notice is the monitoring officer's.</param>
/// <param name="RequiredScores">How many independent scores each eligible bid needs before a decision.</param>
/// <param name="Decisions">One rule per kind of decision.</param>
public sealed record SchemeOfDelegation(
    string Office, string Note, IReadOnlyList<Post> Posts, string FinanceOfficerPost, string MonitoringOfficerPost, int RequiredScores,
    IReadOnlyList<DecisionRule> Decisions)
{
    /// <summary>The rule for a kind of decision (the validator makes sure every kind has one).</summary>
    public DecisionRule Rule(DecisionType type) => Decisions.Single(d => d.Type == type);

    /// <summary>The post's name, or the id itself for a post the scheme does not know.</summary>
    public string PostName(string id) => Posts.FirstOrDefault(p => p.Id == id)?.Name ?? id;

    /// <summary>The rung that must take a decision of this kind and amount.</summary>
    public Delegation Required(DecisionType type, decimal amount) =>
        Rule(type).Delegations.FirstOrDefault(d => d.UpTo is null || amount <= d.UpTo) ?? Rule(type).Delegations[^1];

    /// <summary>Why someone with these roles and posts may not take the decision, or null when they may.</summary>
    public string? Refusal(DecisionType type, decimal amount, IReadOnlyCollection<string> roles, IReadOnlyCollection<string> posts)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(posts);
        var rule = Rule(type);
        var required = Required(type, amount);
        var index = rule.Delegations.ToList().IndexOf(required);
        if (rule.Delegations.Skip(index).Any(d => (d.Role is null || roles.Contains(d.Role)) && (d.Post is null || posts.Contains(d.Post))))
        {
            return null;
        }

        var who = Describe(required);
        var money = amount.ToString("C0", CultureInfo.GetCultureInfo("en-GB"));
        return (required.UpTo, index) switch
        {
            // A kind with one rung and no limit (a policy, the precept) has no value worth naming.
            (null, 0) => $"{rule.Name} decisions are taken by {who}",
            (null, _) => $"{rule.Name} decisions over {rule.Delegations[index - 1].UpTo!.Value.ToString("C0", CultureInfo.GetCultureInfo("en-GB"))} are taken by {who}; this one is {money}",
            _ => $"{rule.Name} decisions of {money} are taken by {who}",
        };
    }

    /// <summary>Who takes a kind of decision, in words: "Grant variation decisions are taken by the Grants manager up to
    /// £10,000 and by the Deputy Mayor for Policing and Crime above that."</summary>
    public string WhoDecides(DecisionType type)
    {
        var rule = Rule(type);
        var rungs = rule.Delegations.Select((d, i) => Describe(d) + (d.UpTo is { } upTo
            ? " up to " + upTo.ToString("C0", CultureInfo.GetCultureInfo("en-GB"))
            : i > 0 ? " above that" : ""));
        return $"{rule.Name} decisions are taken by {string.Join(" and by ", rungs)}.";
    }

    /// <summary>A rung in words: "the Mayor", "the grants manager (Grants officer role)".</summary>
    public string Describe(Delegation delegation)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        return (delegation.Post, delegation.Role) switch
        {
            ({ } post, null) => "the " + PostName(post),
            (null, { } role) => "someone with the " + role + " role",
            ({ } post, { } role) => "the " + PostName(post) + " (" + role + " role)",
            _ => "anyone",
        };
    }
}
