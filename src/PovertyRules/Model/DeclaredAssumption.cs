namespace PovertyRules.Model;

/// <summary>
/// A fact the source did not record and the caller asserts for a run (for example "the register's 四类对象 clean-up
/// was done for these households"), never a silent default. A reader that fills a household field from an assumption
/// lists it on the household, and every receipt of that household's assessment carries it. Immutable.
/// </summary>
/// <param name="Id">A short stable name, e.g. <c>four-categories-checked</c>.</param>
/// <param name="Statement">What is assumed, in a sentence.</param>
/// <param name="Citation">Who or what the caller rests the assumption on (a circular, a verification campaign).</param>
public sealed record DeclaredAssumption(string Id, string Statement, string Citation)
{
    /// <summary>The id.</summary>
    public override string ToString() => Id;
}
