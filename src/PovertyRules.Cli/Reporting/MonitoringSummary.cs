namespace PovertyRules.Cli.Reporting;

/// <summary>
/// The relapse-monitoring counts of a run under a profile with a monitoring line (2021 onwards): households by
/// outcome and category, people monitored and their share of the registered population (a reported figure; the
/// guidance's "about 5%, at most 10%" is not a rule).
/// </summary>
internal sealed record MonitoringSummary(
    long Households,
    long AtRisk,
    long NotAtRisk,
    long Undetermined,
    long InvalidInput,
    long UnstableExited,
    long MarginalAtRisk,
    long SuddenHardship,
    long RiskEliminated,
    long MonitoredPeople,
    long RegisteredPeople,
    decimal? MonitoredShareOfRegistered);
