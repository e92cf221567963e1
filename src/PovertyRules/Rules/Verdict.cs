namespace PovertyRules.Rules;

/// <summary>What a rule found out for its criterion; <see cref="Met"/> is also what the absence of a firing means.</summary>
internal enum Verdict : byte
{
    Met = Outcome.Met,
    NotMet = Outcome.NotMet,
    Unknown = Outcome.Unknown,
}
