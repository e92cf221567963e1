using System.Globalization;
using System.Text;

namespace PovertyRules.Distance;

/// <summary>
/// One change of a distance to exit: what must change in the record, by how much, and why, in the terms of the
/// criterion that is not met. Immutable.
/// </summary>
/// <param name="RuleId">The criterion the change satisfies.</param>
/// <param name="Kind">What the change asks for.</param>
/// <param name="Field">The record's field it changes, e.g. <c>Income[2016].PerCapitaNet</c>, <c>Members[1].MedicalInsuranceEnrolled</c>, <c>RemainingPoorPeople</c>.</param>
/// <param name="Year">The test year, for a change of income; otherwise <c>null</c>.</param>
/// <param name="Member">The member's 0-based position in the household, for a change of one member; otherwise <c>null</c>.</param>
/// <param name="Current">The value now (income, people, cases, yuan), where the change is a quantity; otherwise <c>null</c>.</param>
/// <param name="Required">The value that passes, the nearest to <paramref name="Current"/>; <c>null</c> where the change is not a quantity.</param>
/// <param name="Amount">
/// How far <paramref name="Current"/> is from <paramref name="Required"/>, always positive: yuan per person to add or
/// remove, people to bring out of poverty, sampled cases; <c>null</c> where the change is not a quantity.
/// </param>
/// <param name="MessageZh">A one-line explanation in Chinese.</param>
/// <param name="MessageEn">A one-line explanation in English.</param>
public sealed record RequiredChange(
    string RuleId,
    ChangeKind Kind,
    string Field,
    int? Year,
    int? Member,
    decimal? Current,
    decimal? Required,
    decimal? Amount,
    string MessageZh,
    string MessageEn)
{
    // A bulk writer asks a distance of every household and reads only its codes; the messages of a change made by the
    // library (about ten formatted amounts for a change of income) are then written on first read, from the change's
    // own values and what the maker captured. Strings are immutable, so two threads that race on a first read store
    // equal text.
    private readonly Func<RequiredChange, (string Zh, string En)>? _describe;
    private string? _messageZh = MessageZh;
    private string? _messageEn = MessageEn;

    /// <summary>A change whose messages <paramref name="describe"/> writes when they are first read.</summary>
    internal RequiredChange(
        string ruleId, ChangeKind kind, string field, int? year, int? member, decimal? current, decimal? required, decimal? amount,
        Func<RequiredChange, (string Zh, string En)> describe)
        : this(ruleId, kind, field, year, member, current, required, amount, null!, null!)
    {
        _describe = describe;
    }

    /// <summary>A copy (<c>with</c>) keeps the original's messages as they read, whatever else it changes.</summary>
    private RequiredChange(RequiredChange original)
    {
        RuleId = original.RuleId;
        Kind = original.Kind;
        Field = original.Field;
        Year = original.Year;
        Member = original.Member;
        Current = original.Current;
        Required = original.Required;
        Amount = original.Amount;
        _messageZh = original.MessageZh;
        _messageEn = original.MessageEn;
    }

    /// <summary>A one-line explanation in Chinese.</summary>
    public string MessageZh
    {
        get => _messageZh ?? Describe().Zh;
        init => _messageZh = value;
    }

    /// <summary>A one-line explanation in English.</summary>
    public string MessageEn
    {
        get => _messageEn ?? Describe().En;
        init => _messageEn = value;
    }

    /// <summary>
    /// A short code for files and scenario expectations: the rule id, then the year, the member and the signed amount
    /// where they apply, e.g. <c>HH-INCOME 2016 +501</c>, <c>HH-MEDICAL Members[1]</c>, <c>VIL-INCIDENCE -3</c>, <c>HH-HOUSING</c>.
    /// </summary>
    public string Code => AppendCode(new StringBuilder(32)).ToString();

    /// <summary>Appends <see cref="Code"/> to <paramref name="text"/> and returns it.</summary>
    internal StringBuilder AppendCode(StringBuilder text)
    {
        text.Append(RuleId);
        if (Year is { } year)
        {
            text.Append(' ').Append(year.ToString(CultureInfo.InvariantCulture));
        }

        if (Member is { } member)
        {
            text.Append(" Members[").Append(member.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        if (Amount is { } amount)
        {
            var lowers = Kind is ChangeKind.RemovePoorPeople or ChangeKind.ReduceSampledCases or ChangeKind.ReduceTransfers;
            text.Append(lowers ? " -" : " +").Append(amount.ToString("0.##", CultureInfo.InvariantCulture));
        }

        return text;
    }

    /// <summary>The English message.</summary>
    public override string ToString() => MessageEn;

    /// <summary>Whether <paramref name="other"/> is the same change: every value and both messages equal.</summary>
    public bool Equals(RequiredChange? other) =>
        other is not null
        && RuleId == other.RuleId && Kind == other.Kind && Field == other.Field && Year == other.Year && Member == other.Member
        && Current == other.Current && Required == other.Required && Amount == other.Amount
        && MessageZh == other.MessageZh && MessageEn == other.MessageEn;

    /// <summary>A hash of every value and both messages, consistent with <see cref="Equals(RequiredChange)"/>.</summary>
    public override int GetHashCode() =>
        HashCode.Combine(HashCode.Combine(RuleId, Kind, Field, Year, Member), Current, Required, Amount, MessageZh, MessageEn);

    private (string Zh, string En) Describe()
    {
        var (zh, en) = _describe!(this);
        _messageZh = zh;
        _messageEn = en;
        return (zh, en);
    }
}
