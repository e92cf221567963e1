namespace PovertyRules.Planning;

/// <summary>What one factor gives one county. Immutable.</summary>
/// <param name="Factor">The factor.</param>
/// <param name="Value">The county's value of the factor (people, an incidence 0–1, 1 / yuan, a grade's score).</param>
/// <param name="Share">The county's share (0–1) of the factor: its value over the counties' sum.</param>
/// <param name="Weight">The factor's weight in the profile.</param>
/// <param name="Weighted"><see cref="Share"/> × <see cref="Weight"/>: the factor's part of the county's score.</param>
public sealed record FactorContribution(AllocationFactor Factor, decimal Value, decimal Share, decimal Weight, decimal Weighted);
