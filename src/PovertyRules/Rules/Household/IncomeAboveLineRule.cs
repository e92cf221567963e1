using System.Globalization;
using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Rules.Household;

/// <summary>
/// 人均纯收入稳定超过国家扶贫标准 — annual per-capita income strictly above the year's poverty line, for each of the
/// profile's required years ending with the assessment year; optionally without some transfer items, and with a cap
/// on the share of income from transfers.
/// </summary>
[Name(Id)]
[Description("贫困户退出以户为单位，主要衡量标准是该户年人均纯收入稳定超过国家扶贫标准 (中办发〔2016〕16号 二(一)): per-capita income strictly above the line for the required years")]
[Tag(RuleTags.HouseholdExit)]
public sealed class IncomeAboveLineRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "HH-INCOME";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.ExitCriterion, "Income stably above the poverty line", "收入稳定超过扶贫标准", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => Test(h) != Verdict.Met);
        Then()
            .Do(_ => household.Record(Criterion, Test(household)));
    }

    internal static Verdict Test(HouseholdFact fact)
    {
        var p = fact.Parameters;
        var verdict = Verdict.Met;
        for (var i = 0; i < p.TestYears.Length; i++)
        {
            var year = Judge(fact, p.TestYears[i], p.Lines[i]);
            if (year == Verdict.NotMet)
            {
                return Verdict.NotMet;
            }

            if (year == Verdict.Unknown)
            {
                verdict = Verdict.Unknown;
            }
        }

        return verdict;
    }

    private static Verdict Judge(HouseholdFact fact, int year, decimal line)
    {
        var income = fact.IncomeFor(year);
        if (income is null || TestedIncome(income, fact.Parameters) is not { } tested)
        {
            return Verdict.Unknown;
        }

        if (tested <= line)
        {
            return Verdict.NotMet;
        }

        if (fact.Parameters.MaxTransferShare is not { } cap)
        {
            return Verdict.Met;
        }

        if (CountedTransfers(income, fact.Parameters) is not { } transfers)
        {
            return Verdict.Unknown;
        }

        return transfers > cap * tested ? Verdict.NotMet : Verdict.Met;
    }

    /// <summary>The income compared with the line: the profile's measure less the excluded transfer items.</summary>
    private static decimal? TestedIncome(AnnualIncome income, HouseholdParameters p)
    {
        var total = p.Measure == IncomeMeasure.Disposable ? income.PerCapitaDisposable : income.PerCapitaNet;
        return p.ExcludedTransfers == TransferExclusions.None ? total : total - Excluded(income, p.ExcludedTransfers);
    }

    private static decimal? CountedTransfers(AnnualIncome income, HouseholdParameters p) =>
        income.Transfers - Excluded(income, p.ExcludedTransfers);

    private static decimal? Excluded(AnnualIncome income, TransferExclusions exclusions)
    {
        decimal? excluded = 0m;
        if ((exclusions & TransferExclusions.Pension) != 0)
        {
            excluded += income.Pension;
        }

        if ((exclusions & TransferExclusions.MinimumLivingAllowance) != 0)
        {
            excluded += income.MinimumLivingAllowance;
        }

        if ((exclusions & TransferExclusions.OneOffRelief) != 0)
        {
            excluded += income.OneOffRelief;
        }

        return excluded;
    }

    private static Evidence Explain(HouseholdFact fact)
    {
        var p = fact.Parameters;
        var actual = new List<string>();
        var required = new List<string>();
        var verified = p.Profile.YearsAboveLine.Verified;
        for (var i = 0; i < p.TestYears.Length; i++)
        {
            var year = p.TestYears[i];
            var income = fact.Household.IncomeFor(year);
            var tested = income is null ? null : TestedIncome(income, p);
            actual.Add(tested is { } t
                ? $"{year}: {HouseholdFact.Yuan(t)}{TransferNote(income!, p)}"
                : $"{year}: missing ({(income is null ? "no income record" : MissingField(p))})");
            required.Add($"{year}: > {HouseholdFact.Yuan(p.Lines[i])}");
            verified &= p.Profile.PovertyLines[year].Verified;
        }

        var threshold = string.Join("; ", required);
        if (p.MaxTransferShare is { } cap)
        {
            threshold += $"; transfers ≤ {(cap * 100).ToString("0.#", CultureInfo.InvariantCulture)}% of it";
        }

        var measure = p.Measure == IncomeMeasure.Disposable ? "disposable" : "net";
        var years = string.Join(",", p.TestYears);
        return new Evidence(
            $"per-capita {measure} income {string.Join("; ", actual)}",
            threshold,
            $"povertyLines[{years}], yearsAboveLine, incomeMeasure, excludedTransfers, maxTransferShare",
            p.Profile.PovertyLines[p.Profile.Year].Citation,
            verified);
    }

    private static string TransferNote(AnnualIncome income, HouseholdParameters p) =>
        p.MaxTransferShare is null
            ? string.Empty
            : CountedTransfers(income, p) is { } transfers
                ? $" (transfers {HouseholdFact.Yuan(transfers)})"
                : " (transfers missing)";

    private static string MissingField(HouseholdParameters p) =>
        p.Measure == IncomeMeasure.Disposable ? "PerCapitaDisposable or an excluded transfer item" : "PerCapitaNet or an excluded transfer item";
}
