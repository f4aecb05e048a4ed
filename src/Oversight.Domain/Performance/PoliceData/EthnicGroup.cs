namespace Oversight.Domain.Performance.PoliceData;

/// <summary>Collapses police.uk ethnicity wording into the five Census 2021 broad groups.</summary>
public static class EthnicGroup
{
    /// <summary>The five broad groups.</summary>
    public static readonly IReadOnlyList<string> Broad = ["Asian", "Black", "Mixed", "Other", "White"];

    /// <summary>
    /// The broad group from the self-defined ethnicity, falling back to the officer-defined one when the person
    /// gave none; null when neither says. Handles both the pre-2018 ("Black or Black British - African (B2)")
    /// and later ("Black/African/Caribbean/Black British - African") wordings.
    /// </summary>
    public static string? Of(string? selfDefined, string? officerDefined) =>
        FromWords(selfDefined) ?? FromWords(officerDefined);

    private static string? FromWords(string? words)
    {
        if (string.IsNullOrWhiteSpace(words) || words.StartsWith("Other ethnic group - Not stated", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var group in Broad)
        {
            if (words.StartsWith(group, StringComparison.OrdinalIgnoreCase))
            {
                return group;
            }
        }

        return words.StartsWith("Chinese", StringComparison.OrdinalIgnoreCase) ? "Asian" : null;
    }
}
