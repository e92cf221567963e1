namespace PovertyRules.Rules;

/// <summary>The <c>[Tag]</c> values that group rules into rule sets.</summary>
public static class RuleTags
{
    /// <summary>Household exit criteria.</summary>
    public const string HouseholdExit = "household-exit";

    /// <summary>Steps of the household exit procedure.</summary>
    public const string HouseholdProcedure = "household-procedure";

    /// <summary>The four excluded categories (四类对象).</summary>
    public const string Exclusion = "exclusion";

    /// <summary>Village delisting criteria (贫困村出列).</summary>
    public const string VillageDelisting = "village-delisting";

    /// <summary>Steps of the village delisting procedure.</summary>
    public const string VillageProcedure = "village-procedure";

    /// <summary>County de-capping criteria (贫困县摘帽), including the third-party evaluation figures.</summary>
    public const string CountyDecapping = "county-decapping";

    /// <summary>Steps of the county de-capping procedure.</summary>
    public const string CountyProcedure = "county-procedure";

    /// <summary>The register's data-quality checks (建档立卡数据质量检查).</summary>
    public const string DataQuality = "data-quality";

    /// <summary>Cadre accountability (干部考核与问责): transfers before de-capping, the annual veto, assistance coverage, priority in promotion.</summary>
    public const string Accountability = "accountability";

    /// <summary>Relapse-monitoring risks (防止返贫动态监测, 2021 onwards).</summary>
    public const string Monitoring = "relapse-monitoring";

    /// <summary>The conditions of risk elimination (风险消除) for a monitored household.</summary>
    public const string RiskElimination = "risk-elimination";
}
