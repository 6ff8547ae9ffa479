using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.People.Store;

/// <summary>The training, roster and review tables of the operational store (same database; its own context so its tables can be created on their own).</summary>
public sealed class PeopleDbContext(DbContextOptions<PeopleDbContext> options) : DbContext(options)
{
    public DbSet<QuestionRecord> Questions => Set<QuestionRecord>();

    public DbSet<CourseRecord> Courses => Set<CourseRecord>();

    public DbSet<ExamRecord> Exams => Set<ExamRecord>();

    public DbSet<ExamAttemptRecord> Attempts => Set<ExamAttemptRecord>();

    public DbSet<OnboardingPlanRecord> Plans => Set<OnboardingPlanRecord>();

    public DbSet<ArchiveRecord> Archive => Set<ArchiveRecord>();

    public DbSet<ShiftTemplateRecord> ShiftTemplates => Set<ShiftTemplateRecord>();

    public DbSet<RosterShiftRecord> Shifts => Set<RosterShiftRecord>();

    public DbSet<LeaveRecord> Leave => Set<LeaveRecord>();

    public DbSet<KpiSchemeRecord> KpiSchemes => Set<KpiSchemeRecord>();

    public DbSet<ReviewRecord> Reviews => Set<ReviewRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => PeopleStoreModel.Configure(modelBuilder);
}
