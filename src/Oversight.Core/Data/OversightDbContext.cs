using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Accountability.Outputs;
using Oversight.Core.Accountability.Precept;
using Oversight.Core.Accountability.Spr;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Engagement;
using Oversight.Core.Engagement.Coding;
using Oversight.Core.Justice;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.PoliceData;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Performance.Sharing;

namespace Oversight.Core.Data;

/// The one DbContext. Each provider has a subclass so that each keeps its own migration set
/// (EF Core cannot share one set between SQLite and PostgreSQL).
public abstract class OversightDbContext(DbContextOptions options, IAuditActor actor, TimeProvider clock)
    : IdentityDbContext<User>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    // Operations: shared data-protection keys (PostgreSQL) and which scheduled jobs ran when.
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Scheduling.ScheduledRun> ScheduledRuns => Set<Scheduling.ScheduledRun>();

    public DbSet<PoliceDataFile> PoliceDataFiles => Set<PoliceDataFile>();
    public DbSet<StreetCrimeRecord> StreetCrimes => Set<StreetCrimeRecord>();
    public DbSet<OutcomeRecord> CrimeOutcomes => Set<OutcomeRecord>();
    public DbSet<StopSearchRecord> StopSearches => Set<StopSearchRecord>();
    public DbSet<PoliceDataTerm> PoliceDataTerms => Set<PoliceDataTerm>();
    public DbSet<Performance.National.NationalCount> NationalCounts => Set<Performance.National.NationalCount>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<DataUpload> DataUploads => Set<DataUpload>();
    public DbSet<AggregateImport> AggregateImports => Set<AggregateImport>();
    public DbSet<DataSharingAgreement> DataSharingAgreements => Set<DataSharingAgreement>();
    public DbSet<Performance.Returns.ReturnNotice> ReturnNotices => Set<Performance.Returns.ReturnNotice>();
    public DbSet<QuarterlyReport> QuarterlyReports => Set<QuarterlyReport>();
    public DbSet<MeasureCommentary> MeasureCommentaries => Set<MeasureCommentary>();
    public DbSet<ThemeCommentary> ThemeCommentaries => Set<ThemeCommentary>();

    // Reporting: the annual report.
    public DbSet<Reporting.Annual.AnnualReport> AnnualReports => Set<Reporting.Annual.AnnualReport>();
    public DbSet<Reporting.Annual.AnnualReportSection> AnnualReportSections => Set<Reporting.Annual.AnnualReportSection>();
    public DbSet<Reporting.Cited.CitedStatistic> CitedStatistics => Set<Reporting.Cited.CitedStatistic>();
    // Accountability: governance meetings and actions, the Strategic Policing Requirement, the precept, programme outputs.
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<MeetingReport> MeetingReports => Set<MeetingReport>();
    public DbSet<MeetingQuestion> MeetingQuestions => Set<MeetingQuestion>();
    public DbSet<MeetingAction> MeetingActions => Set<MeetingAction>();
    public DbSet<ActionUpdate> ActionUpdates => Set<ActionUpdate>();
    public DbSet<SprUpdate> SprUpdates => Set<SprUpdate>();
    public DbSet<PreceptRecord> PreceptRecords => Set<PreceptRecord>();
    public DbSet<TaxBase> TaxBases => Set<TaxBase>();
    public DbSet<ProgrammeOutput> ProgrammeOutputs => Set<ProgrammeOutput>();
    public DbSet<OutputValue> OutputValues => Set<OutputValue>();
    // Custody and justice oversight: custody visiting, child remand scrutiny, Immediate Justice.
    public DbSet<CustodyVisitor> CustodyVisitors => Set<CustodyVisitor>();
    public DbSet<VisitorExpense> VisitorExpenses => Set<VisitorExpense>();
    public DbSet<CustodySuite> CustodySuites => Set<CustodySuite>();
    public DbSet<RotaEntry> RotaEntries => Set<RotaEntry>();
    public DbSet<CustodyVisit> CustodyVisits => Set<CustodyVisit>();
    public DbSet<VisitDetainee> VisitDetainees => Set<VisitDetainee>();
    public DbSet<VisitCheck> VisitChecks => Set<VisitCheck>();
    public DbSet<VisitIssue> VisitIssues => Set<VisitIssue>();
    public DbSet<ChildRemandCase> ChildRemandCases => Set<ChildRemandCase>();
    public DbSet<ChildStripSearch> ChildStripSearches => Set<ChildStripSearch>();
    public DbSet<ScrutinyPanel> ScrutinyPanels => Set<ScrutinyPanel>();
    public DbSet<PanelMember> PanelMembers => Set<PanelMember>();
    public DbSet<PanelMeeting> PanelMeetings => Set<PanelMeeting>();
    public DbSet<PanelCase> PanelCases => Set<PanelCase>();
    public DbSet<PanelRecommendation> PanelRecommendations => Set<PanelRecommendation>();
    public DbSet<JusticeReferral> JusticeReferrals => Set<JusticeReferral>();
    public DbSet<CommunityConference> CommunityConferences => Set<CommunityConference>();
    // Funding: the Safer Communities Fund from round to evaluation.
    public DbSet<Funding.Rounds.FundingRound> FundingRounds => Set<Funding.Rounds.FundingRound>();
    public DbSet<Funding.Applicants.ApplicantOrganisation> ApplicantOrganisations => Set<Funding.Applicants.ApplicantOrganisation>();
    public DbSet<Funding.Applicants.ApplicantMember> ApplicantMembers => Set<Funding.Applicants.ApplicantMember>();
    public DbSet<Funding.Applicants.ApplicantRegistration> ApplicantRegistrations => Set<Funding.Applicants.ApplicantRegistration>();
    public DbSet<Email.OutboxEmail> OutboxEmails => Set<Email.OutboxEmail>();
    public DbSet<Funding.Applications.FundingApplication> FundingApplications => Set<Funding.Applications.FundingApplication>();
    public DbSet<Funding.Applications.BudgetLine> BudgetLines => Set<Funding.Applications.BudgetLine>();
    public DbSet<Funding.Applications.PlannedOutcome> PlannedOutcomes => Set<Funding.Applications.PlannedOutcome>();
    public DbSet<Funding.Applications.ApplicationDocument> ApplicationDocuments => Set<Funding.Applications.ApplicationDocument>();
    public DbSet<Funding.Assessment.AssessorAssignment> AssessorAssignments => Set<Funding.Assessment.AssessorAssignment>();
    public DbSet<Funding.Assessment.AssessmentMark> AssessmentMarks => Set<Funding.Assessment.AssessmentMark>();
    public DbSet<Funding.Grants.Grant> Grants => Set<Funding.Grants.Grant>();
    public DbSet<Funding.Grants.PaymentTranche> PaymentTranches => Set<Funding.Grants.PaymentTranche>();
    public DbSet<Funding.Grants.MonitoringReturn> MonitoringReturns => Set<Funding.Grants.MonitoringReturn>();
    public DbSet<Funding.Grants.CaseStudy> CaseStudies => Set<Funding.Grants.CaseStudy>();
    public DbSet<Funding.Grants.GrantTemplate> GrantTemplates => Set<Funding.Grants.GrantTemplate>();
    public DbSet<Funding.Victims.VictimServiceProvider> VictimServiceProviders => Set<Funding.Victims.VictimServiceProvider>();
    public DbSet<Funding.Victims.VictimServiceContract> VictimServiceContracts => Set<Funding.Victims.VictimServiceContract>();
    public DbSet<Funding.Victims.VictimServiceReturn> VictimServiceReturns => Set<Funding.Victims.VictimServiceReturn>();
    public DbSet<Funding.Victims.SaferStreetsProject> SaferStreetsProjects => Set<Funding.Victims.SaferStreetsProject>();
    public DbSet<Funding.Victims.SaferStreetsAllocation> SaferStreetsAllocations => Set<Funding.Victims.SaferStreetsAllocation>();
    public DbSet<Funding.Victims.SaferStreetsClaim> SaferStreetsClaims => Set<Funding.Victims.SaferStreetsClaim>();
    public DbSet<Funding.Partnerships.CsfAllocation> CsfAllocations => Set<Funding.Partnerships.CsfAllocation>();
    public DbSet<Funding.Partnerships.CsfReturn> CsfReturns => Set<Funding.Partnerships.CsfReturn>();
    // Decisions: the public register of decision notices and the forward plan of key decisions.
    public DbSet<Decisions.DecisionNotice> DecisionNotices => Set<Decisions.DecisionNotice>();
    public DbSet<Decisions.ForwardPlanEntry> ForwardPlanEntries => Set<Decisions.ForwardPlanEntry>();
    public DbSet<Publishing.Publication> Publications => Set<Publishing.Publication>();
    public DbSet<MissingValueReason> MissingValueReasons => Set<MissingValueReason>();
    // Engagement: consultations, their responses and the coding of free text.
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<ConsultationQuestion> ConsultationQuestions => Set<ConsultationQuestion>();
    public DbSet<Respondent> Respondents => Set<Respondent>();
    public DbSet<ResponseImport> ResponseImports => Set<ResponseImport>();
    public DbSet<CodebookTheme> CodebookThemes => Set<CodebookTheme>();
    public DbSet<AnswerCoding> AnswerCodings => Set<AnswerCoding>();
    public DbSet<ApprovedQuote> ApprovedQuotes => Set<ApprovedQuote>();
    // Casework: enquiries, complaint reviews, surgeries and the people they are about.
    public DbSet<Casework.CasePerson> CasePeople => Set<Casework.CasePerson>();
    public DbSet<Casework.Reviews.ComplaintReview> ComplaintReviews => Set<Casework.Reviews.ComplaintReview>();
    public DbSet<Casework.Reviews.ReviewRecommendation> ReviewRecommendations => Set<Casework.Reviews.ReviewRecommendation>();
    public DbSet<Casework.Letters.CaseLetter> CaseLetters => Set<Casework.Letters.CaseLetter>();
    public DbSet<Casework.Letters.LetterTemplate> LetterTemplates => Set<Casework.Letters.LetterTemplate>();
    public DbSet<Casework.Enquiries.Enquiry> Enquiries => Set<Casework.Enquiries.Enquiry>();
    public DbSet<Casework.Enquiries.EnquiryEntry> EnquiryEntries => Set<Casework.Enquiries.EnquiryEntry>();
    public DbSet<Casework.Surgeries.Surgery> Surgeries => Set<Casework.Surgeries.Surgery>();
    public DbSet<Casework.Surgeries.SurgeryBooking> SurgeryBookings => Set<Casework.Surgeries.SurgeryBooking>();
    public DbSet<Casework.Asb.AsbCaseReview> AsbCaseReviews => Set<Casework.Asb.AsbCaseReview>();
    public DbSet<Casework.Asb.AsbAppeal> AsbAppeals => Set<Casework.Asb.AsbAppeal>();
    public DbSet<Casework.Asb.AsbRecommendation> AsbRecommendations => Set<Casework.Asb.AsbRecommendation>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditTrail.Record(this, actor, clock);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // N.B. audit rows join the same SaveChanges, so they commit or roll back with the change itself.
        AuditTrail.Record(this, actor, clock);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OversightDbContext).Assembly);
    }
}
