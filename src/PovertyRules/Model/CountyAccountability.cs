namespace PovertyRules.Model;

/// <summary>
/// A county as the cadre accountability rules see it: whether it is a designated poor county and whether (and when)
/// it was de-capped, its party secretary and county head, the transfers proposed for them, its annual assessments and
/// its assistance coverage. Immutable; <c>null</c> means "not recorded", and a rule that needs it is unknown.
/// </summary>
/// <remarks>
/// <see cref="ProposedTransfers"/> and <see cref="Years"/> tell "none" (an empty list) from "not recorded"
/// (<c>null</c>): no proposed transfer breaches nothing, while transfers not recorded leave the transfer rule unknown.
/// </remarks>
public sealed record CountyAccountability
{
    private readonly IReadOnlyList<CountyLeader> _leaders = [];
    private readonly IReadOnlyList<ProposedTransfer>? _transfers;
    private readonly IReadOnlyList<AnnualAssessmentRecord>? _years;

    /// <summary>The 6-digit county code (GB/T 2260: province, city, county).</summary>
    public required string Code { get; init; }

    /// <summary>The county's name, for reports.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the county is a designated poor county (贫困县); the transfer rule binds only a designated county.</summary>
    public bool? Designated { get; init; }

    /// <summary>Whether the county has been de-capped (摘帽); only a designated county can be.</summary>
    public bool? Decapped { get; init; }

    /// <summary>The day the county was de-capped (the province's formal approval); recorded only when <see cref="Decapped"/>.</summary>
    public DateOnly? DecappedOn { get; init; }

    /// <summary>The county's party secretary and county head (at most one of each); empty when none is recorded.</summary>
    public IReadOnlyList<CountyLeader> Leaders
    {
        get => _leaders;
        init => _leaders = Frozen.Copy(value);
    }

    /// <summary>Transfers proposed for the two leaders; empty when none is proposed, <c>null</c> when not recorded.</summary>
    public IReadOnlyList<ProposedTransfer>? ProposedTransfers
    {
        get => _transfers;
        init => _transfers = Frozen.CopyOrNull(value);
    }

    /// <summary>The annual assessments, one a year; <c>null</c> or empty when none is recorded.</summary>
    public IReadOnlyList<AnnualAssessmentRecord>? Years
    {
        get => _years;
        init => _years = Frozen.CopyOrNull(value);
    }

    /// <summary>The county's assistance coverage; <c>null</c> when not counted.</summary>
    public AssistanceRecord? Assistance { get; init; }
}
