namespace PovertyRules.Model;

/// <summary>
/// A registered poor household (建档立卡贫困户) as the poverty register records it. Immutable: collections are copied
/// on initialisation. Every fact the register may lack is nullable: <c>null</c> means "not recorded", and a criterion
/// that needs it is reported as unknown, never as met or not met.
/// </summary>
public sealed record Household
{
    /// <summary>户编号 — the register's household number. Required, non-empty.</summary>
    public required string Id { get; init; }

    /// <summary>The 12-digit code of the administrative village (行政村) the household is registered in.</summary>
    public required string VillageCode { get; init; }

    /// <summary>The members, head first. At least one.</summary>
    public required IReadOnlyList<Member> Members
    {
        get;
        init => field = Frozen.Copy(value);
    }

    /// <summary>Annual per-capita income by year; the assessment year and as many earlier years as the profile requires.</summary>
    public IReadOnlyList<AnnualIncome> Income
    {
        get;
        init => field = Frozen.Copy(value);
    } = [];

    /// <summary>Data rule packs define for the household (a province's own checklist), beside the national record; empty by default (null reads as empty).</summary>
    public ExtensionData Extensions
    {
        get;
        init => field = value ?? ExtensionData.Empty;
    } = ExtensionData.Empty;

    /// <summary>吃穿不愁 — food and clothing secure.</summary>
    public bool? FoodAndClothingSecure { get; init; }

    /// <summary>The dwelling the household lives in.</summary>
    public Dwelling? Dwelling { get; init; }

    /// <summary>是否解决安全饮用水 — safe drinking water.</summary>
    public bool? SafeDrinkingWater { get; init; }

    /// <summary>Whether the household runs an individual business or enterprise registered with market regulators.</summary>
    public bool? RegisteredBusiness { get; init; }

    /// <summary>Housing the household owns besides where it lives, by how it was acquired; <c>null</c> when not recorded, empty when none.</summary>
    public IReadOnlyList<OwnedProperty>? OwnedHousing
    {
        get;
        init => field = Frozen.CopyOrNull(value);
    }

    /// <summary>Vehicles the household owns; <c>null</c> when not recorded, empty when none.</summary>
    public IReadOnlyList<Vehicle>? Vehicles
    {
        get;
        init => field = Frozen.CopyOrNull(value);
    }

    /// <summary>Whether a major cause of poverty (serious illness, disability, disaster) is documented for the household.</summary>
    public bool? MajorPovertyCauseDocumented { get; init; }

    /// <summary>最主要致贫原因.</summary>
    public PovertyCause? MainPovertyCause { get; init; }

    /// <summary>贫困户属性.</summary>
    public HouseholdAttribute? Attribute { get; init; }

    /// <summary>脱贫标志 — the exit flag currently on the register.</summary>
    public ExitFlag? ExitFlag { get; init; }

    /// <summary>识别标准.</summary>
    public IdentificationStandard? IdentificationStandard { get; init; }

    /// <summary>The relapse-monitoring record (2021 onwards); <c>null</c> when the register holds none.</summary>
    public MonitoringRecord? Monitoring { get; init; }

    /// <summary>The exit procedure as recorded so far; <c>null</c> when no step is recorded.</summary>
    public ExitProcedureRecord? ExitProcedure { get; init; }

    /// <summary>Where the household's first row was read from; <c>null</c> for a record built in code.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>The declared assumptions a reader filled fields of this household from; every receipt of its assessment lists them.</summary>
    public IReadOnlyList<DeclaredAssumption> Assumptions
    {
        get;
        init => field = Frozen.Copy(value);
    } = [];

    /// <summary>Problems a reader found in the household's rows; any makes the assessment invalid input with these reasons.</summary>
    public IReadOnlyList<ReadError> ReadErrors
    {
        get;
        init => field = Frozen.Copy(value);
    } = [];

    /// <summary>The income record for <paramref name="year"/>, or <c>null</c>.</summary>
    public AnnualIncome? IncomeFor(int year)
    {
        foreach (var income in Income)
        {
            if (income.Year == year)
            {
                return income;
            }
        }

        return null;
    }
}
