namespace PovertyRules.Distance;

/// <summary>
/// One criterion's missing input for each member index (<c>Members[3].OnGovernmentPayroll</c>), each made once and
/// shared: an input is immutable, and a bulk writer asks the same ones of nearly every household.
/// </summary>
internal sealed class MemberInputs(string ruleId, string field)
{
    // Households beyond this many members are rare enough to pay for their own inputs.
    private readonly MissingInput?[] _made = new MissingInput?[32];

    public MissingInput At(int member)
    {
        if (member >= _made.Length)
        {
            return Make(member);
        }

        // Two threads may both make one; either instance is equal to the other.
        return _made[member] ??= Make(member);
    }

    private MissingInput Make(int member) => new(ruleId, $"Members[{member}].{field}");
}
