namespace Oversight.Core.Custody.Visiting;

/// A police custody suite the visitors visit, with how often it should be visited.
public sealed class CustodySuite
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public int VisitsPerMonthTarget { get; set; }
}

/// A visit on the rota: when and which pair, planned at random so the suite cannot predict it.
public sealed class RotaEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string SuiteId { get; set; }

    public DateOnly Day { get; set; }

    public TimeOnly Time { get; set; }

    public Guid FirstVisitorId { get; set; }

    public Guid SecondVisitorId { get; set; }
}
