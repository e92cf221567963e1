namespace PovertyRules.Distance;

/// <summary>What an <see cref="ExitDistance"/> says about a household, village or county.</summary>
public enum DistanceKind
{
    /// <summary>Nothing is missing: the household may exit, the village may be delisted, the county may exit.</summary>
    Reached = 1,

    /// <summary>
    /// Known failures (and, for a procedure still pending, its steps): <see cref="ExitDistance.Changes"/> lists the
    /// smallest set of changes that would let it exit; <see cref="ExitDistance.InputsToCollect"/> any input that is
    /// still missing and could block the exit once recorded.
    /// </summary>
    Changes = 2,

    /// <summary>
    /// Undetermined: nothing is known to fail, but inputs are missing. <see cref="ExitDistance.InputsToCollect"/> says
    /// which; no change is suggested, because nothing is known to be wrong.
    /// </summary>
    InputsToCollect = 3,

    /// <summary>
    /// The household falls in an excluded category (四类对象): it has no distance to exit, because its removal is a
    /// correction of the register, not an exit.
    /// </summary>
    WronglyRegistered = 4,

    /// <summary>The record was rejected as malformed; the assessment's errors say where and why.</summary>
    InvalidInput = 5,
}
