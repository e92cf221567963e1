using PovertyRules.Assessment;

namespace PovertyRules.Cli;

/// <summary>What each status of each level is called in Chinese; the English label is the status's name.</summary>
internal static class StatusLabels
{
    public static string Chinese(string level, string status) => (level, status) switch
    {
        (_, nameof(HouseholdStatus.EligibleProcedurePending)) => "符合条件，程序未完成",
        (_, nameof(HouseholdStatus.Undetermined)) => "无法判定（信息缺失）",
        (_, nameof(HouseholdStatus.InvalidInput)) => "记录无效",
        (Levels.Household, nameof(HouseholdStatus.MayExit)) => "可脱贫",
        (Levels.Household, nameof(HouseholdStatus.RemainsPoor)) => "未达脱贫标准",
        (Levels.Household, nameof(HouseholdStatus.IneligibleWronglyRegistered)) => "识别不准（四类对象）",
        (Levels.Village, nameof(VillageStatus.MayDelist)) => "可退出",
        (Levels.Village, nameof(VillageStatus.RemainsListed)) => "未达退出标准",
        (Levels.County, nameof(CountyStatus.MayExit)) => "可摘帽",
        (Levels.County, nameof(CountyStatus.RemainsDesignated)) => "未达摘帽标准",
        (Levels.County, Levels.NoDescriptor) => "无县级数据",
        _ => status,
    };

    /// <summary>A status's place in its level's report order (the enum's order; an unknown name last).</summary>
    public static int Order(string level, string status) => level switch
    {
        Levels.Household => Enum.TryParse<HouseholdStatus>(status, out var h) ? (int)h : int.MaxValue,
        Levels.Village => Enum.TryParse<VillageStatus>(status, out var v) ? (int)v : int.MaxValue,
        _ => Enum.TryParse<CountyStatus>(status, out var c) ? (int)c : int.MaxValue,
    };

    public static string For(Text text, string level, string status) =>
        text.Language == Language.Chinese ? Chinese(level, status) : status;
}
