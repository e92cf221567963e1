namespace PovertyRules.Cli.Reporting;

/// <summary>One village of a county in the report: its incidence and what it failed.</summary>
internal sealed record VillageRow(
    string Code, string? Name, string Status, long Households, long RemainingPoorPeople, long? RuralPopulation, decimal? Incidence, decimal Threshold,
    IReadOnlyList<string> FailedCriteria, IReadOnlyList<string> UnknownCriteria)
{
    /// <summary>The village's distance to delisting (its summary), e.g. <c>VIL-INCIDENCE -3; VIL-ROAD</c>; <c>null</c> when not worked out.</summary>
    public string? Distance { get; init; }
}
