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
}
