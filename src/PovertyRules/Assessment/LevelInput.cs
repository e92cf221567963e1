namespace PovertyRules.Assessment;

/// <summary>A village or county to assess, the households of it whose records were rejected, and its tally in a roll-up.</summary>
/// <typeparam name="TRecord">The village or county record.</typeparam>
internal readonly record struct LevelInput<TRecord>(TRecord? Record, int UnassessedHouseholds = 0, HouseholdTally? Households = null)
    where TRecord : class;
