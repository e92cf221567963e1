namespace PovertyRules.Cli.Reporting;

/// <summary>One county of the report's table: its counted households, its assessment and its villages.</summary>
internal sealed record CountyRow
{
    public required string Code { get; init; }

    public string? Name { get; init; }

    /// <summary>The county status, or <see cref="Levels.NoDescriptor"/> when no county record was given.</summary>
    public required string Status { get; init; }

    public long Households { get; init; }

    public long People { get; init; }

    public long RemainingPoorPeople { get; init; }

    public long? RuralPopulation { get; init; }

    public decimal? Incidence { get; init; }

    public decimal? Threshold { get; init; }

    public bool Western { get; init; }

    /// <summary>The third-party wrong-exit rate (错退率), when sampled.</summary>
    public RateRow? WrongExit { get; init; }

    /// <summary>The third-party omission rate (漏评率), when sampled.</summary>
    public RateRow? Omission { get; init; }

    /// <summary>The public approval rate (群众认可度), when surveyed.</summary>
    public RateRow? Approval { get; init; }

    public IReadOnlyList<string> FailedCriteria { get; init; } = [];

    public IReadOnlyList<string> UnknownCriteria { get; init; } = [];

    public IReadOnlyList<VillageRow> Villages { get; init; } = [];

    /// <summary>The county's distance to de-capping (its summary), e.g. <c>CNT-INCIDENCE -120; CNT-WRONG-EXIT -2</c>; <c>null</c> without a county record.</summary>
    public string? Distance { get; init; }

    /// <summary>Villages whose households were counted but which had no village record.</summary>
    public int UndescribedVillages { get; init; }
}
