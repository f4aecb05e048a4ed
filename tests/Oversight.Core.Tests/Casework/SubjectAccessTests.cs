using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Audit;
using Oversight.Core.Casework.Privacy;

namespace Oversight.Core.Tests.Casework;

public abstract class SubjectAccessTests(CaseworkHost host)
{
    [Fact]
    public async Task Export_PersonWithSeveralCases_HoldsEveryRecordAndFileAndNoOneElses()
    {
        var email = $"Pat.{Guid.NewGuid():N}@Example.test";
        await host.WithDbAsync(db =>
        {
            db.AddRange(
                CaseRecords.Enquiry("Pat Subject", email, new DateOnly(2026, 3, 2), closed: new DateOnly(2026, 3, 20), summary: "First enquiry about a burglary."),
                CaseRecords.Enquiry("Pat Subject", email.ToLowerInvariant(), new DateOnly(2026, 6, 1), closed: null, summary: "Second enquiry about speeding."),
                CaseRecords.Review("Pat Subject", email, new DateOnly(2026, 5, 5), decided: null),
                CaseRecords.Enquiry("Someone Else", "else@example.test", new DateOnly(2026, 6, 1), closed: null, summary: "Not Pat's business."));
            return db.SaveChangesAsync();
        });

        var (match, zip) = await host.WithAsync(async sp =>
        {
            var access = sp.GetRequiredService<SubjectAccess>();
            var found = await access.FindAsync(email.ToUpperInvariant(), null, CancellationToken.None);
            return (found, await access.ExportAsync(found.PersonIds, CancellationToken.None));
        });

        Assert.Equal((2, 1, 0), (match.Enquiries, match.Reviews, match.SurgeryBookings));
        using var archive = new ZipArchive(new MemoryStream(zip));
        var json = await new StreamReader(await archive.GetEntry("data.json")!.OpenAsync(TestContext.Current.CancellationToken)).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("First enquiry about a burglary.", json, StringComparison.Ordinal);
        Assert.Contains("Second enquiry about speeding.", json, StringComparison.Ordinal);
        Assert.Contains("Stopped and searched without reason.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Not Pat's business.", json, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(json);
        Assert.Equal(2, data.RootElement.GetProperty("enquiries").GetArrayLength());
        Assert.Equal(2, archive.Entries.Count(e => e.FullName.StartsWith("attachments/", StringComparison.Ordinal)));
        var audit = await host.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "SubjectAccessExport" && a.Action == AuditAction.Viewed).ToListAsync());
        Assert.Contains(audit, a => match.PersonIds.All(id => a.EntityId.Contains(id.ToString(), StringComparison.Ordinal)));
        Assert.DoesNotContain(audit, a => a.EntityId.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Erase_OnRequest_RemovesThePersonFromEveryCaseAndRecordsIt()
    {
        var name = $"Erin Erase {Guid.NewGuid():N}";
        var enquiry = CaseRecords.Enquiry(name, null, new DateOnly(2026, 9, 1), closed: null, summary: "Please delete me afterwards.");
        var other = CaseRecords.Enquiry("Stays Here", null, new DateOnly(2026, 9, 1), closed: null);
        await host.WithDbAsync(db =>
        {
            db.AddRange(enquiry, other, CaseRecords.Surgery(new DateOnly(2026, 10, 1), name, null));
            return db.SaveChangesAsync();
        });

        var erased = await host.WithAsync(async sp =>
        {
            var access = sp.GetRequiredService<SubjectAccess>();
            return await access.EraseAsync((await access.FindAsync(null, name.ToUpperInvariant(), CancellationToken.None)).PersonIds, CancellationToken.None);
        });

        Assert.Equal(2, erased);
        await host.WithDbAsync(async db =>
        {
            Assert.False(await db.CasePeople.AnyAsync(p => p.Name == name));
            Assert.Null((await db.Enquiries.SingleAsync(e => e.Id == enquiry.Id)).Summary);
            Assert.Equal("Stays Here", (await db.Enquiries.Include(e => e.Person).SingleAsync(e => e.Id == other.Id)).Person!.Name);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "ErasureRequest" && a.EntityId.Contains(enquiry.PersonId.ToString())));
            Assert.False(await db.AuditEntries.AnyAsync(a => a.Changes.Contains(name)));
            return true;
        });
        var again = await host.WithAsync(sp => sp.GetRequiredService<SubjectAccess>().FindAsync(null, name, CancellationToken.None));
        Assert.Empty(again.PersonIds);
    }
}

public sealed class SubjectAccessTestsOnSqlite(SqliteCaseworkHost host) : SubjectAccessTests(host), IClassFixture<SqliteCaseworkHost>;

public sealed class SubjectAccessTestsOnPostgres(PostgresCaseworkHost host) : SubjectAccessTests(host), IClassFixture<PostgresCaseworkHost>;
