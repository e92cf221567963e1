namespace PovertyRules.Rules;

/// <summary>
/// What a criterion that judges many items (members, years, vehicles) counted once for a fact: the items known to fail
/// it and the items it could not decide. A known failure is decisive; otherwise one undecided item leaves it unknown.
/// </summary>
/// <param name="Failing">Items known to fail the criterion.</param>
/// <param name="Undecided">Items an input is missing for (or 1 when the whole list is not recorded).</param>
internal readonly record struct Tally(int Failing, int Undecided)
{
    /// <summary>Counts <paramref name="items"/> by <paramref name="judge"/>'s verdict (a static lambda, so that no closure is made).</summary>
    public static Tally Of<T, TState>(IReadOnlyList<T> items, TState state, Func<T, TState, Verdict> judge)
    {
        int failing = 0, undecided = 0;
        for (var i = 0; i < items.Count; i++)
        {
            switch (judge(items[i], state))
            {
                case Verdict.NotMet:
                    failing++;
                    break;
                case Verdict.Unknown:
                    undecided++;
                    break;
            }
        }

        return new Tally(failing, undecided);
    }
}
