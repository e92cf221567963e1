namespace PovertyRules.Model;

/// <summary>
/// A county's party secretary or county head as the accountability rules see them. Immutable; <c>null</c> means "not
/// recorded".
/// </summary>
public sealed record CountyLeader
{
    /// <summary>Which of the two principal posts the leader holds.</summary>
    public required LeaderRole Role { get; init; }

    /// <summary>The leader's name, for reports.</summary>
    public string? Name { get; init; }

    /// <summary>The day the leader took up the post; read for priority in promotion (in post in every graded year of the run).</summary>
    public DateOnly? StartDate { get; init; }
}
