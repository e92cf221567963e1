using System.Globalization;
using PovertyRules.Policy;

namespace PovertyRules.Rules.Household;

/// <summary>
/// 人均纯收入稳定超过国家扶贫标准 — annual per-capita income strictly above the year's poverty line, for each of the
/// profile's required years ending with the assessment year; optionally without some transfer items, and with a cap
/// on the share of income from transfers.
/// </summary>
[Name(Id), Tag(RuleTags.HouseholdExit), Description("贫困户退出以户为单位，主要衡量标准是该户年人均纯收入稳定超过国家扶贫标准 (中办发〔2016〕16号 二(一)): per-capita income strictly above the line for the required years")]
internal sealed class IncomeAboveLineRule() : CountedRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "HH-INCOME";

    /// <summary>
    /// The test years by their income: failing when the tested income is at or below the line, or transfers exceed
    /// the profile's share of it; undecided when the income record, a counted item or (under a cap) the transfers are
    /// missing. Every year is counted, the earlier ones too, so that the findings explain the years they show.
    /// </summary>
    /// <exception cref="RuleEvaluationException">A year's income items are too large to add up.</exception>
    internal static Tally Count(Model.Household household, HouseholdParameters p)
    {
        try
        {
            return CountYears(household, p);
        }
        catch (OverflowException e)
        {
            throw new RuleEvaluationException(Id, e);
        }
    }

    private static Tally CountYears(Model.Household household, HouseholdParameters p)
    {
        int failing = 0, undecided = 0;
        for (var i = 0; i < p.TestYears.Length; i++)
        {
            var income = IncomeFor(household, p.TestYears[i]);
            if (income is null || TestedIncome(income, p) is not { } tested)
            {
                undecided++;
            }
            else if (!p.Lines[i].Passes(tested))
            {
                failing++;
            }
            else if (p.MaxTransferShare is { } cap)
            {
                if (CountedTransfers(income, p) is not { } transfers)
                {
                    undecided++;
                }
                else if (!new Threshold(cap, PassingSide.AtMost).Passes(transfers, tested))
                {
                    failing++;
                }
            }
        }

        return new Tally(failing, undecided);
    }

    /// <summary>The income record for <paramref name="year"/>, or <c>null</c> (<see cref="Model.Household.IncomeFor"/> without an enumerator).</summary>
    private static AnnualIncome? IncomeFor(Model.Household household, int year)
    {
        var incomes = household.Income;
        for (var i = 0; i < incomes.Count; i++)
        {
            if (incomes[i].Year == year)
            {
                return incomes[i];
            }
        }

        return null;
    }
    /// <summary>The income compared with the line: the profile's measure less the excluded transfer items.</summary>
    internal static decimal? TestedIncome(AnnualIncome income, HouseholdParameters p)
    {
        var total = p.Measure == IncomeMeasure.Disposable ? income.PerCapitaDisposable : income.PerCapitaNet;
        return p.ExcludedTransfers == TransferExclusions.None ? total : total - Excluded(income, p.ExcludedTransfers);
    }

    internal static decimal? CountedTransfers(AnnualIncome income, HouseholdParameters p) =>
        income.Transfers - Excluded(income, p.ExcludedTransfers);

    internal static decimal? Excluded(AnnualIncome income, TransferExclusions exclusions)
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
                ? $"{year}: {Formats.Yuan(t)}{TransferNote(income!, p)}"
                : $"{year}: missing ({(income is null ? "no income record" : MissingField(p))})");
            required.Add($"{year}: {p.Lines[i].Describe(Formats.Yuan)}");
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
                ? $" (transfers {Formats.Yuan(transfers)})"
                : " (transfers missing)";

    private static string MissingField(HouseholdParameters p) =>
        p.Measure == IncomeMeasure.Disposable ? "PerCapitaDisposable or an excluded transfer item" : "PerCapitaNet or an excluded transfer item";

    internal static readonly CountedCriterion Criterion = new(Id, CriterionKind.ExitCriterion, "Income stably above the poverty line", "收入稳定超过扶贫标准", h => h.Income, Explain);
}
