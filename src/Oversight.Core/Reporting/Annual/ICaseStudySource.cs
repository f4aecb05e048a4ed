namespace Oversight.Core.Reporting.Annual;

/// A story the annual report tells in a section, such as a funded project's case study under its cross-cutting theme.
public sealed record ReportCaseStudy(string Section, string Title, string Project, string Organisation, string Story);

/// A capability's case studies for the annual report.
public interface ICaseStudySource
{
    Task<IReadOnlyList<ReportCaseStudy>> CaseStudiesAsync(int firstYear, CancellationToken cancellationToken);
}
