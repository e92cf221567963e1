namespace PovertyRules.Rules.DataQuality;

/// <summary>Where an ID number was first seen in a run: the household (its number and row) and the member's index there.</summary>
/// <param name="HouseholdId">The 户编号 of the household it was first seen in.</param>
/// <param name="Record">The run's record number of that household.</param>
/// <param name="Row">That member's row (or the household's), when read from a file.</param>
/// <param name="Member">The member's index in that household.</param>
/// <param name="SameHousehold">Whether it was first seen in the same household (the person recorded twice).</param>
internal sealed record DuplicateSighting(string HouseholdId, int Record, SourceLocation? Row, int Member, bool SameHousehold);
