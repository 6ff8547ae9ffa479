using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.People.Store;

/// <summary>Maps the people tables (training, rosters, reviews, archive) of the operational store.</summary>
public static class PeopleStoreModel
{
    private const int IdLength = 128;

    /// <summary>The names of the people tables.</summary>
    public static IReadOnlyList<string> TableNames { get; } =
    [
        "people_questions", "people_courses", "people_exams", "people_exam_attempts", "people_onboarding_plans", "people_archive",
        "people_shift_templates", "people_roster_shifts", "people_leave", "people_kpi_schemes", "people_reviews",
    ];

    /// <summary>Adds the people entities to a model.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ConfigureTraining(modelBuilder);
        ConfigureRosters(modelBuilder);
        ConfigureReviews(modelBuilder);
    }

    private static void ConfigureTraining(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<QuestionRecord>(question =>
        {
            question.ToTable("people_questions");
            question.HasKey(q => q.Id);
            question.Property(q => q.Id).HasMaxLength(IdLength);
            question.Property(q => q.Topic).HasMaxLength(IdLength);
            question.HasIndex(q => q.Topic);
        });
        modelBuilder.Entity<CourseRecord>(course =>
        {
            course.ToTable("people_courses");
            course.HasKey(c => c.Id);
            course.Property(c => c.Id).HasMaxLength(IdLength);
        });
        modelBuilder.Entity<ExamRecord>(exam =>
        {
            exam.ToTable("people_exams");
            exam.HasKey(e => e.Id);
            exam.Property(e => e.Id).HasMaxLength(IdLength);
        });
        modelBuilder.Entity<ExamAttemptRecord>(attempt =>
        {
            attempt.ToTable("people_exam_attempts");
            attempt.HasKey(a => a.Id);
            attempt.Property(a => a.Id).HasMaxLength(IdLength);
            attempt.Property(a => a.ExamId).HasMaxLength(IdLength);
            attempt.Property(a => a.Employee).HasMaxLength(IdLength);
            attempt.Property(a => a.State).HasMaxLength(32);
            attempt.HasIndex(a => new { a.Employee, a.ExamId });
            // The grading queue: attempts of one state, oldest submission first.
            attempt.HasIndex(a => new { a.State, a.SubmittedAtUnixMs });
        });
        modelBuilder.Entity<OnboardingPlanRecord>(plan =>
        {
            plan.ToTable("people_onboarding_plans");
            plan.HasKey(p => p.Employee);
            plan.Property(p => p.Employee).HasMaxLength(IdLength);
            plan.Property(p => p.Role).HasMaxLength(32);
        });
        modelBuilder.Entity<ArchiveRecord>(entry =>
        {
            entry.ToTable("people_archive");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedOnAdd();
            entry.Property(e => e.Employee).HasMaxLength(IdLength);
            entry.Property(e => e.Kind).HasMaxLength(16);
            entry.Property(e => e.Reference).HasMaxLength(IdLength);
            entry.HasIndex(e => new { e.Employee, e.Kind, e.Reference }).IsUnique();
            entry.HasIndex(e => new { e.Employee, e.AtUnixMs });
        });
    }

    private static void ConfigureRosters(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ShiftTemplateRecord>(template =>
        {
            template.ToTable("people_shift_templates");
            template.HasKey(t => t.Id);
            template.Property(t => t.Id).HasMaxLength(IdLength);
        });
        modelBuilder.Entity<RosterShiftRecord>(shift =>
        {
            shift.ToTable("people_roster_shifts");
            shift.HasKey(s => new { s.Agent, s.Day });
            shift.Property(s => s.Agent).HasMaxLength(IdLength);
            shift.Property(s => s.TemplateId).HasMaxLength(IdLength);
        });
        modelBuilder.Entity<LeaveRecord>(leave =>
        {
            leave.ToTable("people_leave");
            leave.HasKey(l => l.Id);
            leave.Property(l => l.Id).ValueGeneratedOnAdd();
            leave.Property(l => l.Agent).HasMaxLength(IdLength);
            leave.Property(l => l.Kind).HasMaxLength(32);
            leave.HasIndex(l => new { l.Agent, l.FromUnixMs });
        });
    }

    private static void ConfigureReviews(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KpiSchemeRecord>(scheme =>
        {
            scheme.ToTable("people_kpi_schemes");
            scheme.HasKey(s => s.Role);
            scheme.Property(s => s.Role).HasMaxLength(32);
        });
        modelBuilder.Entity<ReviewRecord>(review =>
        {
            review.ToTable("people_reviews");
            review.HasKey(r => r.Id);
            review.Property(r => r.Id).HasMaxLength(200);
            review.Property(r => r.Employee).HasMaxLength(IdLength);
            review.Property(r => r.Role).HasMaxLength(32);
            review.Property(r => r.State).HasMaxLength(16);
            review.HasIndex(r => new { r.Employee, r.FromDay });
            review.HasIndex(r => r.FromDay);
        });
    }
}
