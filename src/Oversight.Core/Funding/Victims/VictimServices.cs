namespace Oversight.Core.Funding.Victims;

public enum ProviderSector
{
    Vcse,
    LocalAuthority,
    NhsTrust,
}

/// The ring-fenced lines of the Ministry of Justice victims' grant a contract is paid from.
public enum GrantLine
{
    DomesticAbuse,
    SexualViolence,
    AllCrime,
    Other,
}

/// An organisation commissioned to support victims.
public sealed class VictimServiceProvider
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public ProviderSector Sector { get; set; }
}

/// A commissioned service: value, period, what it delivers and which grant line pays for it.
public sealed class VictimServiceContract
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProviderId { get; set; }

    public VictimServiceProvider? Provider { get; set; }

    public required string FinancialYear { get; set; }

    public decimal Value { get; set; }

    public DateOnly Starts { get; set; }

    public DateOnly Ends { get; set; }

    public required string FundingSource { get; set; }

    public GrantLine Line { get; set; }

    public List<string> ServiceTypes { get; set; } = [];
}

/// A provider's quarterly return for one contract: victims supported (aggregates only, by sex, age band and crime
/// type) and how many were helped to cope and recover. A resubmission supersedes the earlier return, which is kept.
public sealed class VictimServiceReturn
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ContractId { get; set; }

    public VictimServiceContract? Contract { get; set; }

    /// The quarter, written like 2024-25 Q1.
    public required string Period { get; set; }

    public int Female { get; set; }

    public int Male { get; set; }

    public int SexNotKnown { get; set; }

    public int Children { get; set; }

    public int Adults { get; set; }

    public int AgeNotKnown { get; set; }

    public int DomesticAbuse { get; set; }

    public int SexualViolence { get; set; }

    public int OtherCrime { get; set; }

    public int CrimeNotKnown { get; set; }

    public int CopedAndRecovered { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    /// When a later return for the same contract and quarter replaced this one; null while it counts.
    public DateTimeOffset? SupersededAt { get; set; }

    /// The return this one replaced, if it is a resubmission.
    public Guid? SupersedesId { get; set; }

    public int Victims => Female + Male + SexNotKnown;
}

/// A Home Office Safer Streets project delivered by a district's Community Safety Partnership or the police.
public sealed class SaferStreetsProject
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Round { get; set; }

    public required string Focus { get; set; }

    public required string District { get; set; }

    public required string Intervention { get; set; }

    public required string FundingYear { get; set; }

    /// What the office gave the project from the round's allocation.
    public decimal Budget { get; set; }

    /// What the project has spent, from its delivery partner's returns.
    public decimal Spend { get; set; }
}

/// What the Home Office allocated to a Safer Streets round for one funding year.
public sealed class SaferStreetsAllocation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Round { get; set; }

    public required string FundingYear { get; set; }

    public DateOnly Starts { get; set; }

    public DateOnly Ends { get; set; }

    public decimal Amount { get; set; }
}
