namespace PovertyRules.Cli.Inputs;

/// <summary>The source options of <c>evaluate</c> and <c>compare</c>, as parsed.</summary>
internal sealed record SourceArguments
{
    public string? HouseholdsFile { get; init; }

    public string? SupplementFile { get; init; }

    public string? ConnectionString { get; init; }

    public string? Provider { get; init; }

    public long? Synthetic { get; init; }

    public int Seed { get; init; } = 1;

    public string? VillagesFile { get; init; }

    public string? CountiesFile { get; init; }

    public string? VillageCodesFile { get; init; }

    public int? IncomeYear { get; init; }

    /// <summary>Declared assumptions, each <c>FACT=CITATION</c> (see <see cref="Assumptions"/>).</summary>
    public IReadOnlyList<string> Assume { get; init; } = [];
}
