namespace Oversight.Core.Performance.Judgements;

/// Where an observation came from, in words a reader can check: the file, its SHA-256, who brought it in and when.
public sealed record Provenance(string Kind, string FileName, string? Sha256, string By, DateTimeOffset At);
