namespace Oversight.Core.Performance.Sharing;

/// What an administrator enters to create or change a data sharing agreement.
public sealed record AgreementDetails(
    string Title,
    string Purpose,
    DateOnly Starts,
    DateOnly Ends,
    IReadOnlyList<string> Datasets,
    IReadOnlyList<string> Partners);
