namespace Oversight.Core.Performance.PoliceData;

/// A record's key is its file's number and its line. A file's rows then sit together and in order in the table,
/// so writing them is an append and removing or reading one file's rows is a key range: no second index to keep
/// up to date a million times per file.
public static class PoliceRecordKey
{
    public static long Of(int fileNumber, int line) => ((long)fileNumber << 32) | (uint)line;

    /// The keys of one file's rows: from inclusive, to exclusive.
    public static (long From, long To) Range(int fileNumber) => (Of(fileNumber, 0), Of(fileNumber + 1, 0));

    public static int Line(long key) => (int)(key & uint.MaxValue);
}
