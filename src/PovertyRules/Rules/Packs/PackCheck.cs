namespace PovertyRules.Rules.Packs;

/// <summary>
/// What every pack's household fact has, whatever its types: the outcomes its rules recorded, by the pack's criterion
/// positions. A class, not a record: NRules tells facts apart by identity.
/// </summary>
public abstract class PackCheck
{
    private readonly IReadOnlyDictionary<string, int> _positions;
    private readonly Outcome[] _outcomes;

    private protected PackCheck(IReadOnlyDictionary<string, int> positions)
    {
        _positions = positions;
        _outcomes = new Outcome[positions.Count];
    }

    /// <summary>
    /// Records the outcome of the pack's criterion <paramref name="criterionId"/> for this household: what a rule's action
    /// calls when its criterion is not met or cannot be decided. A criterion with nothing recorded is met.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="criterionId"/> is not a criterion of this pack.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not an outcome.</exception>
    public void Record(string criterionId, Outcome outcome)
    {
        if (!_positions.TryGetValue(criterionId, out var position))
        {
            throw new ArgumentException($"'{criterionId}' is not a criterion of this pack; declare it in the pack's Criteria.", nameof(criterionId));
        }

        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "expected Met, NotMet or Unknown");
        }

        // Not met is decisive over unknown when two rules judge one criterion.
        if (_outcomes[position] != Outcome.NotMet)
        {
            _outcomes[position] = outcome;
        }
    }

    /// <summary>The outcome recorded for the criterion at <paramref name="position"/>; met when nothing was.</summary>
    internal Outcome OutcomeAt(int position) => _outcomes[position];
}
