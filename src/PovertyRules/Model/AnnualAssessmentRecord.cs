namespace PovertyRules.Model;

/// <summary>
/// One year of a county's annual poverty-alleviation assessment (脱贫攻坚工作成效考核): its grade and whether the year's
/// reduction target (年度减贫目标任务) was met. Immutable; <c>null</c> means "not recorded".
/// </summary>
/// <remarks>
/// Whether the target was met is read from <see cref="ReductionTarget"/> and <see cref="PeopleLiftedOut"/> when both
/// are recorded (met when the people lifted out reach the target), else from <see cref="TargetMet"/>; a record whose
/// counts and flag disagree is invalid input.
/// </remarks>
public sealed record AnnualAssessmentRecord
{
    /// <summary>The assessed year.</summary>
    public required int Year { get; init; }

    /// <summary>The grade of the year's assessment as the province records it (e.g. <c>A</c>, <c>B</c>).</summary>
    public string? Grade { get; init; }

    /// <summary>The year's poverty-reduction target: people to be lifted out of poverty.</summary>
    public int? ReductionTarget { get; init; }

    /// <summary>People lifted out of poverty in the year.</summary>
    public int? PeopleLiftedOut { get; init; }

    /// <summary>Whether the year's reduction target was met, where the counts are not recorded.</summary>
    public bool? TargetMet { get; init; }
}
