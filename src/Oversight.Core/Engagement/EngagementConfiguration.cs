using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Engagement.Coding;

namespace Oversight.Core.Engagement;

public sealed class EngagementConfiguration :
    IEntityTypeConfiguration<Consultation>, IEntityTypeConfiguration<ConsultationQuestion>, IEntityTypeConfiguration<Respondent>,
    IEntityTypeConfiguration<ResponseImport>, IEntityTypeConfiguration<CodebookTheme>, IEntityTypeConfiguration<AnswerCoding>,
    IEntityTypeConfiguration<ApprovedQuote>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(40);
        AsJson(builder.Property(c => c.Channels));
        AsJson(builder.Property(c => c.Mapping));
        builder.HasMany(c => c.Questions).WithOne().HasForeignKey(q => q.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Questions).AutoInclude();
    }

    public void Configure(EntityTypeBuilder<ConsultationQuestion> builder)
    {
        builder.Property(q => q.Key).HasMaxLength(100);
        builder.HasIndex(q => new { q.ConsultationId, q.Key }).IsUnique();
        builder.Property(q => q.Text).HasMaxLength(1000);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(30);
        AsJson(builder.Property(q => q.Options));
    }

    public void Configure(EntityTypeBuilder<Respondent> builder)
    {
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.District).HasMaxLength(50);
        builder.Property(r => r.AgeBand).HasMaxLength(20);
        builder.Property(r => r.Sex).HasMaxLength(30);
        builder.Property(r => r.Ethnicity).HasMaxLength(60);
        AsJson(builder.Property(r => r.Answers));
        builder.HasOne<Consultation>().WithMany().HasForeignKey(r => r.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ConsultationId);
        builder.HasIndex(r => r.ImportId);
    }

    public void Configure(EntityTypeBuilder<ResponseImport> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(255);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.Channel).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.UploadedBy).HasMaxLength(256);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(i => i.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ConsultationId, i.Sha256 });
    }

    public void Configure(EntityTypeBuilder<CodebookTheme> builder)
    {
        builder.Property(t => t.Key).HasMaxLength(100);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(t => t.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.ConsultationId, t.Key }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AnswerCoding> builder)
    {
        builder.Property(c => c.QuestionKey).HasMaxLength(100);
        builder.Property(c => c.Coder).HasMaxLength(256);
        AsJson(builder.Property(c => c.Themes));
        builder.HasOne<Respondent>().WithMany().HasForeignKey(c => c.RespondentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.RespondentId, c.QuestionKey, c.IsCheck }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ApprovedQuote> builder)
    {
        builder.Property(q => q.QuestionKey).HasMaxLength(100);
        builder.Property(q => q.ApprovedBy).HasMaxLength(256);
        builder.HasOne<Respondent>().WithMany().HasForeignKey(q => q.RespondentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.RespondentId, q.QuestionKey }).IsUnique();
    }

    // Stored as JSON text on both providers: these are read whole, never queried inside.
    private static void AsJson<T>(PropertyBuilder<T> property)
        where T : class, new() =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<T>(s, Json) ?? new T(),
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Json), Json)!));
}
