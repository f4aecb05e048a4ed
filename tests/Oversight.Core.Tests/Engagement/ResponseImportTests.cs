using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Oversight.Core.Data;
using Oversight.Core.Engagement;
using Oversight.Core.Engagement.Import;
using Oversight.Domain.Engagement;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Engagement;

public abstract class ResponseImportTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string LikertHeading = "How safe do you feel in your local area?";

    // What a survey tool exports: a byte order mark, CRLF, a timestamp, an ID, a name and an e-mail nobody asked
    // Oversight to keep, and a Likert column whose labels were typed in four ways.
    private static readonly string Messy =
        "\uFEFFTimestamp,Respondent ID,Full name,Email address,District,Age,Gender," + LikertHeading + ",Does violence affect your area?,Anything else?\r\n"
        + "2024-07-02 10:01,1001,Ann Example,ann@example.test,Leeds,34,Female,Very safe,Yes,More buses at night\r\n"
        + "2024-07-02 10:05,1002,Bob Example,bob@example.test,bradford,67,male,very safe ,No,\r\n"
        + "2024-07-02 10:09,1003,Cat Example,cat@example.test,Kirklees,19,Female,V. safe,yes,\"Lighting, please\"\r\n"
        + "2024-07-02 10:12,1004,Dan Example,dan@example.test,Wakefield,45,Prefer not to say,5,no,\r\n"
        + "2024-07-02 10:15,1005,Eve Example,eve@example.test,Calderdale,52,Female,Quite unsafe,Yes,\r\n";

    private readonly CoreHost host = new(provider);
    private Guid consultationId;

    public async ValueTask InitializeAsync()
    {
        await host.InitializeAsync();
        consultationId = await host.WithAsync(async s =>
        {
            var db = s.GetRequiredService<OversightDbContext>();
            var consultation = new Consultation { Slug = "test", Title = "Test", Purpose = ConsultationPurpose.Plan, OpensOn = new(2024, 7, 1), ClosesOn = new(2024, 10, 31) };
            consultation.Questions.Add(new() { Key = "feel-safe", Text = LikertHeading, Kind = QuestionKind.Likert, Position = 1, Options = [.. LikertScale.Options] });
            consultation.Questions.Add(new() { Key = "violence", Text = "Does violence affect your area?", Kind = QuestionKind.YesNo, Position = 2, Options = [.. QuestionKind.YesNo.FixedOptions()] });
            consultation.Questions.Add(new() { Key = "else", Text = "Anything else?", Kind = QuestionKind.FreeText, Position = 3 });
            db.Consultations.Add(consultation);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return consultation.Id;
        });
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Suggestions_MessyExport_MapQuestionsAndFieldsAndIgnoreNamesAndEmails()
    {
        var preview = await PreviewAsync(Messy, "messy.csv", null);

        Assert.Equal("question:feel-safe", preview.Mapping.Columns[LikertHeading]);
        Assert.Equal("question:violence", preview.Mapping.Columns["Does violence affect your area?"]);
        Assert.Equal(RespondentFields.AgeBand, preview.Mapping.Columns["Age"]);
        Assert.Equal(RespondentFields.Sex, preview.Mapping.Columns["Gender"]);
        Assert.Equal(ImportMapping.Ignore, preview.Mapping.Columns["Full name"]);
        Assert.Equal(ImportMapping.Ignore, preview.Mapping.Columns["Email address"]);
        Assert.Equal(ImportMapping.Ignore, preview.Mapping.Columns["Timestamp"]);
        Assert.Equal(["v. safe", "5"], preview.Result.Unmatched.Select(u => u.Raw.ToLowerInvariant()));
    }

    [Fact]
    public async Task Import_UnmappedLikertLabels_IsRejectedNamingFileLineAndColumnAndWritesNothing()
    {
        var outcome = await ImportAsync(Messy, "messy.csv", null);

        Assert.Equal(0, outcome.Imported);
        Assert.Equal(2, outcome.Errors.Count);
        Assert.StartsWith($"messy.csv, line 4, {LikertHeading}: \"V. safe\" is not an answer", outcome.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith($"messy.csv, line 5, {LikertHeading}: \"5\" is not an answer", outcome.Errors[1], StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Import_WithLabelMapping_ImportsEveryRowWithMinimisedFieldsOnly()
    {
        var outcome = await ImportAsync(Messy, "messy.csv", Labelled);

        Assert.True(outcome.Errors.Count == 0, string.Join("\n", outcome.Errors));
        Assert.Equal(5, outcome.Imported);
        var respondents = await RespondentsAsync();
        Assert.Equal(["very-safe", "very-safe", "very-safe", "very-safe", "quite-unsafe"], respondents.Select(r => r.Answers["feel-safe"]));
        Assert.Equal(["Leeds", "Bradford", "Kirklees", "Wakefield", "Calderdale"], respondents.Select(r => r.District));
        Assert.Equal(["25-34", "65-74", "18-24", "45-54", "45-54"], respondents.Select(r => r.AgeBand));
        Assert.Equal("Lighting, please", respondents[2].Answers["else"]);
        Assert.DoesNotContain(respondents, r => r.Answers.Values.Any(v => v.Contains("example", StringComparison.Ordinal)));
        var saved = await host.WithAsync(s => s.GetRequiredService<OversightDbContext>().Consultations.SingleAsync(c => c.Id == consultationId));
        Assert.Equal("very-safe", saved.Mapping.Labels["feel-safe"]["v safe"]);
    }

    [Fact]
    public async Task Import_SameFileTwice_AddsNothingTheSecondTime()
    {
        await ImportAsync(Messy, "messy.csv", Labelled);

        var again = await ImportAsync(Messy, "messy-again.csv", null);

        Assert.True(again.AlreadyImported);
        Assert.Equal(5, await CountAsync());
    }

    [Fact]
    public async Task Import_NameColumnMappedToAField_IsRefused()
    {
        var mapping = Labelled(await PreviewAsync(Messy, "messy.csv", null));
        mapping.Columns["Email address"] = RespondentFields.District;
        mapping.Columns["District"] = ImportMapping.Ignore;

        var outcome = await ImportAsync(Messy, "messy.csv", _ => mapping);

        Assert.Contains(outcome.Errors, e => e.Contains("Email address", StringComparison.Ordinal) && e.Contains("names or contact details", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Import_Workbook_IsReadLikeTheCsv()
    {
        using var stream = new MemoryStream();
        var rows = new[]
        {
            new Dictionary<string, object> { ["District"] = "Leeds", [LikertHeading] = "Quite safe", ["Does violence affect your area?"] = "No" },
            new Dictionary<string, object> { ["District"] = "Kirklees", [LikertHeading] = "Very unsafe", ["Does violence affect your area?"] = "Yes" },
        };
        await stream.SaveAsAsync(rows, cancellationToken: TestContext.Current.CancellationToken);

        var outcome = await host.WithAsync(s => s.GetRequiredService<ResponseImports>()
            .ImportFileAsync(consultationId, "export.xlsx", stream.ToArray(), ConsultationChannel.OnlineSurvey, null, "test", TestContext.Current.CancellationToken));

        Assert.True(outcome.Errors.Count == 0, string.Join("\n", outcome.Errors));
        Assert.Equal(["quite-safe", "very-unsafe"], (await RespondentsAsync()).Select(r => r.Answers["feel-safe"]));
    }

    [Fact]
    public async Task Import_MultipleChoice_SplitsOnSeparatorsButKeepsLabelsWithCommas()
    {
        await host.WithAsync(async s =>
        {
            var db = s.GetRequiredService<OversightDbContext>();
            db.ConsultationQuestions.Add(new()
            {
                ConsultationId = consultationId,
                Key = "worries",
                Text = "What worries you?",
                Kind = QuestionKind.MultipleChoice,
                Position = 4,
                Options = [new("neighbourhood", "Neighbourhood crime (burglary, robbery, car crime)"), new("violent", "Violent crime"), new("online", "Online crime")],
            });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var csv = "What worries you?\n\"Neighbourhood crime (burglary, robbery, car crime)\"\nViolent crime;Online crime\n\"Violent crime, Online crime\"\n";

        var outcome = await ImportAsync(csv, "multi.csv", null);

        Assert.True(outcome.Errors.Count == 0, string.Join("\n", outcome.Errors));
        Assert.Equal(["neighbourhood", "violent;online", "violent;online"], (await RespondentsAsync()).Select(r => r.Answers["worries"]));
    }

    private static ImportMapping Labelled(ImportPreview preview)
    {
        var mapping = preview.Mapping;
        mapping.Labels["feel-safe"] = new(StringComparer.Ordinal) { ["v safe"] = LikertScale.VerySafe, ["5"] = LikertScale.VerySafe };
        return mapping;
    }

    private async Task<ImportPreview> PreviewAsync(string csv, string name, Func<ImportPreview, ImportMapping>? map) =>
        await host.WithAsync(async s =>
        {
            var imports = s.GetRequiredService<ResponseImports>();
            var (id, errors) = await imports.UploadAsync(consultationId, name, Encoding.UTF8.GetBytes(csv), ConsultationChannel.OnlineSurvey, "test", TestContext.Current.CancellationToken);
            Assert.Empty(errors);
            var preview = await imports.PreviewAsync(id!.Value, null, TestContext.Current.CancellationToken);
            return map is null ? preview! : (await imports.PreviewAsync(id.Value, map(preview!), TestContext.Current.CancellationToken))!;
        });

    private async Task<ImportOutcome> ImportAsync(string csv, string name, Func<ImportPreview, ImportMapping>? map)
    {
        var preview = await PreviewAsync(csv, name, map);
        return (await host.WithAsync(s => s.GetRequiredService<ResponseImports>().ImportAsync(preview.Import.Id, preview.Mapping, TestContext.Current.CancellationToken)))!;
    }

    private Task<int> CountAsync() =>
        host.WithAsync(s => s.GetRequiredService<OversightDbContext>().Respondents.CountAsync(r => r.ConsultationId == consultationId));

    private Task<List<Respondent>> RespondentsAsync() =>
        host.WithAsync(s => s.GetRequiredService<OversightDbContext>().Respondents.Where(r => r.ConsultationId == consultationId).OrderBy(r => r.Line).ToListAsync());
}

public sealed class ResponseImportTestsOnSqlite() : ResponseImportTests(DatabaseProvider.Sqlite);

public sealed class ResponseImportTestsOnPostgres() : ResponseImportTests(DatabaseProvider.Postgres);
