namespace PovertyRules.Model;

/// <summary>
/// A household's income for one calendar year, per capita, in yuan at current prices. Immutable.
/// Per-capita net income = (wages + business income − business costs + property income + transfer income) / household size.
/// </summary>
public sealed record AnnualIncome
{
    /// <summary>The calendar year.</summary>
    public required int Year { get; init; }

    /// <summary>人均纯收入 — annual per-capita net income; <c>null</c> when not recorded.</summary>
    public decimal? PerCapitaNet { get; init; }

    /// <summary>人均可支配收入 — annual per-capita disposable income, where a province tests on it.</summary>
    public decimal? PerCapitaDisposable { get; init; }

    /// <summary>Per-capita wage income (工资性收入).</summary>
    public decimal? Wages { get; init; }

    /// <summary>Per-capita net production and business income (生产经营性收入 less costs).</summary>
    public decimal? NetBusiness { get; init; }

    /// <summary>Per-capita property income (财产性收入).</summary>
    public decimal? Property { get; init; }

    /// <summary>Per-capita transfer income (转移性收入), all items.</summary>
    public decimal? Transfers { get; init; }

    /// <summary>Of <see cref="Transfers"/>: basic pension (养老金).</summary>
    public decimal? Pension { get; init; }

    /// <summary>Of <see cref="Transfers"/>: minimum living allowance (低保金).</summary>
    public decimal? MinimumLivingAllowance { get; init; }

    /// <summary>Of <see cref="Transfers"/>: one-off relief payments (临时救助).</summary>
    public decimal? OneOffRelief { get; init; }
}
