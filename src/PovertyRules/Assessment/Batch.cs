namespace PovertyRules.Assessment;

/// <summary>One assessed batch of a bulk run: its results in input order and their counts.</summary>
internal sealed record Batch(HouseholdAssessment[] Results, BulkTally Tally);
