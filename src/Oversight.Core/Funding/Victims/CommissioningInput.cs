namespace Oversight.Core.Funding.Victims;

public sealed record ContractInput(
    Guid ProviderId, string? FinancialYear, string? Value, DateOnly Starts, DateOnly Ends, string? FundingSource, string? Line, string? ServiceTypes);

/// A provider's return as typed: every figure is text until checked.
public sealed record VictimReturnInput(string? Period, IReadOnlyDictionary<string, string?> Figures);

/// The figures a return asks for, in form order, with the words its error messages use.
public static class ReturnFigures
{
    public static readonly IReadOnlyList<(string Field, string Words)> Sex =
        [("Female", "female victims"), ("Male", "male victims"), ("SexNotKnown", "victims whose sex is not known")];

    public static readonly IReadOnlyList<(string Field, string Words)> Age =
        [("Children", "children under 18"), ("Adults", "adults aged 18 or over"), ("AgeNotKnown", "victims whose age is not known")];

    public static readonly IReadOnlyList<(string Field, string Words)> Crime =
        [("DomesticAbuse", "victims of domestic abuse"), ("SexualViolence", "victims of sexual violence"), ("OtherCrime", "victims of other crimes"), ("CrimeNotKnown", "victims whose crime is not recorded")];

    public static readonly (string Field, string Words) Coped = ("CopedAndRecovered", "victims helped to cope and recover");

    public static IEnumerable<(string Field, string Words)> All => [.. Sex, .. Age, .. Crime, Coped];

    /// The quarters of a financial year, written like 2024-25 Q1.
    public static IReadOnlyList<string> Quarters(string financialYear) => [.. Enumerable.Range(1, 4).Select(q => $"{financialYear} Q{q}")];
}
