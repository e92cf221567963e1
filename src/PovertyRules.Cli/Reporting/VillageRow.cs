namespace PovertyRules.Cli.Reporting;

/// <summary>One village of a county in the report: its incidence and what it failed.</summary>
internal sealed record VillageRow(
    string Code, string? Name, string Status, long Households, long RemainingPoorPeople, long? RuralPopulation, decimal? Incidence, decimal Threshold,
    IReadOnlyList<string> FailedCriteria, IReadOnlyList<string> UnknownCriteria);
