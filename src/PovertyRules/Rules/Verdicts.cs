namespace PovertyRules.Rules;

/// <summary>Three-valued folds shared by the rules that judge every member, vehicle or year of a record.</summary>
internal static class Verdicts
{
    /// <summary>
    /// Not met as soon as one item is not met (a known failure is decisive); otherwise unknown if any item is unknown;
    /// otherwise met (also for no items). <paramref name="judge"/> should be a static lambda, so that no closure is made.
    /// </summary>
    public static Verdict All<T, TState>(IReadOnlyList<T> items, TState state, Func<T, TState, Verdict> judge)
    {
        var verdict = Verdict.Met;
        for (var i = 0; i < items.Count; i++)
        {
            switch (judge(items[i], state))
            {
                case Verdict.NotMet:
                    return Verdict.NotMet;
                case Verdict.Unknown:
                    verdict = Verdict.Unknown;
                    break;
            }
        }

        return verdict;
    }
}
