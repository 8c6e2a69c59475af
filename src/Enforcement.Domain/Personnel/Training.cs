namespace Enforcement.Domain.Personnel;

/// <summary>A training course offered to enforcement staff.</summary>
public sealed class TrainingCourse
{
    public int Id { get; set; }

    /// <summary>Organising agency; courses are visible to that agency's scope.</summary>
    public int AgencyId { get; set; }

    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>Credit hours, in tenths of an hour so that sums are exact.</summary>
    public int HoursTenths { get; set; }

    public bool HasExam { get; set; }
}

/// <summary>One officer's attendance of one course, with the exam score when the course has an exam.</summary>
public sealed class TrainingRecord
{
    public int Id { get; set; }
    public int OfficerId { get; set; }
    public Officer? Officer { get; set; }
    public int CourseId { get; set; }
    public DateOnly CompletedOn { get; set; }
    public int HoursTenths { get; set; }
    public int? ExamScore { get; set; }
}
