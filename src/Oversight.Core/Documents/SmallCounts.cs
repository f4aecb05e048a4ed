namespace Oversight.Core.Documents;

/// Counts below five are withheld from everything the public sees, so nobody can be identified from them; every
/// public page, document and download takes the threshold and its words from here.
public static class SmallCounts
{
    public const int SuppressBelow = 5;

    public const string Suppressed = "fewer than 5";
}
