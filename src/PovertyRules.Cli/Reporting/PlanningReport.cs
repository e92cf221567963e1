using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PovertyRules.Planning;
using PovertyRules.Policy;

namespace PovertyRules.Cli.Reporting;

/// <summary>
/// The planning commands' page (<c>planning.html</c>): self-contained like the run report (inline style and SVG, no
/// network), with the plan check, the de-capping timeline (counties per year, as a chart and a table) and the
/// allocation table, each when the command produced it. Every value from the data is HTML-encoded.
/// </summary>
internal static class PlanningReport
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(string path, PolicyProfile profile, string command, DateTimeOffset generatedAt, DecappingSchedule? schedule, PlanCheck? check, FundAllocation? allocation) =>
        File.WriteAllText(path, Render(profile, command, generatedAt, schedule, check, allocation), new UTF8Encoding(false));

    public static string Render(PolicyProfile profile, string command, DateTimeOffset generatedAt, DecappingSchedule? schedule, PlanCheck? check, FundAllocation? allocation)
    {
        var html = new StringBuilder(1 << 14);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>脱贫规划 · Poverty-reduction planning · ").Append(E(profile.Id)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>脱贫规划 <span class=\"en\">Poverty-reduction planning</span></h1><p class=\"sub\">PovertyRules · ").Append(E(command)).Append(" · ")
            .Append(E(generatedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", Invariant))).Append(" · <code>").Append(E(profile.Id)).Append("</code> ").Append(E(profile.Name)).Append("</p></header>\n");
        if (check is not null)
        {
            Check(html, check);
        }

        if (schedule is not null)
        {
            Timeline(html, schedule);
        }

        if (allocation is not null)
        {
            Allocation(html, allocation);
        }

        html.Append("<footer>数字均由同一次运行计算；结果文件与本页一致。 <span class=\"en\">Every figure comes from one run; the result files hold the same numbers.</span></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Check(StringBuilder html, PlanCheck check)
    {
        var plan = check.Plan;
        html.Append("<section id=\"plan-check\"><h2>规划检查 <span class=\"en\">Plan check</span></h2>\n<table class=\"kv\">\n");
        Row(html, "起始贫困人口 <span class=\"en\">Starting poor</span>", $"{N(plan.StartingPoor)} ({plan.BaseYear.ToString(Invariant)})");
        Row(html, "年度目标 <span class=\"en\">Yearly targets</span>", string.Join(", ", plan.YearlyTargets.Select(t => $"{t.Key.ToString(Invariant)}: {N(t.Value)}")));
        Row(html, "全部脱贫 <span class=\"en\">Everyone out by</span> " + plan.TargetYear.ToString(Invariant),
            $"<span id=\"everyone-out\" class=\"{(check.EveryoneOutByTarget ? "pass" : "fail")}\">{(check.EveryoneOutByTarget ? "是 yes" : "否 no")}</span> ({N(check.PlannedByTarget)} planned, {N(check.RemainingAtTarget)} left)");
        Row(html, "前几年脱贫比例 <span class=\"en\">First years' share</span>",
            $"<span id=\"early-share\" class=\"{(check.EarlyShareReached ? "pass" : "fail")}\" data-value=\"{check.EarlySharePercent.ToString(Invariant)}\">{E(check.EarlyShareText)}</span>");
        Row(html, "月均 / 日均减贫 <span class=\"en\">Per month / per day</span>",
            $"<span id=\"per-month\">{E(check.PerMonth.ToString("#,0.00", Invariant))}</span> / <span id=\"per-day\">{E(check.PerDay.ToString("#,0.00", Invariant))}</span> " +
            $"({check.Months.ToString(Invariant)} months, {N(check.Days)} days, {E(plan.PeriodStart.ToString("yyyy-MM-dd", Invariant))} – {E(plan.PeriodEnd.ToString("yyyy-MM-dd", Invariant))})");
        Row(html, "晚于目标年的县 <span class=\"en\">Counties after the target year</span>", check.LateCounties.IsEmpty ? "无 none" : $"<span id=\"late\">{E(string.Join(", ", check.LateCounties))}</span>");
        html.Append("</table></section>\n");
    }

    private static void Timeline(StringBuilder html, DecappingSchedule schedule)
    {
        var years = schedule.PlanYears.Prepend(schedule.BaseYear).ToList();
        html.Append("<section id=\"timeline\"><h2>摘帽时间表 <span class=\"en\">De-capping timeline</span></h2>\n<p class=\"hint\">")
            .Append(E($"{schedule.Counties.Length} counties; each counted in the first year at whose end its projected incidence is within its threshold ({schedule.ProfileId}); {schedule.NotWithinPlan.Length} not within the plan."))
            .Append(schedule.Split is { } split ? E($" Province targets split {(split == SplitRule.ByPoorPeople ? "by poor people" : "by incidence")}.") : string.Empty).Append("</p>\n");
        const int height = 220, top = 20, bottom = 40, left = 50, column = 70;
        var width = left + column * (years.Count + 1);
        var most = Math.Max(1, years.Select(y => schedule.ByYear.TryGetValue(y, out var c) ? c.Length : 0).Append(schedule.NotWithinPlan.Length).Max());
        var plot = height - top - bottom;
        html.Append("<div class=\"scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"counties de-capping per year\" width=\"").Append(width).Append("\" height=\"").Append(height).Append("\">\n");
        html.Append("<line class=\"grid\" x1=\"").Append(left).Append("\" x2=\"").Append(width - 10).Append("\" y1=\"").Append(top + plot).Append("\" y2=\"").Append(top + plot).Append("\"/>\n");
        var cumulative = 0;
        for (var i = 0; i <= years.Count; i++)
        {
            var late = i == years.Count;
            var count = late ? schedule.NotWithinPlan.Length : schedule.ByYear.TryGetValue(years[i], out var codes) ? codes.Length : 0;
            cumulative += late ? 0 : count;
            var barHeight = (int)Math.Round((double)plot * count / most);
            var x = left + column * i + 10;
            var label = late ? "later" : years[i].ToString(Invariant);
            html.Append("<g class=\"year").Append(late ? " late" : string.Empty).Append("\" data-year=\"").Append(E(label)).Append("\" data-count=\"").Append(count).Append("\"><title>")
                .Append(E(late ? $"{count} counties not within the plan" : $"{years[i]}: {count} counties, {cumulative} by the end of the year")).Append("</title>")
                .Append("<rect class=\"").Append(late ? "fail" : "pass").Append("\" x=\"").Append(x).Append("\" y=\"").Append(top + plot - barHeight).Append("\" width=\"").Append(column - 20).Append("\" height=\"").Append(barHeight).Append("\"/>")
                .Append("<text x=\"").Append(x + (column - 20) / 2).Append("\" y=\"").Append(top + plot - barHeight - 4).Append("\" text-anchor=\"middle\">").Append(count).Append("</text>")
                .Append("<text x=\"").Append(x + (column - 20) / 2).Append("\" y=\"").Append(top + plot + 16).Append("\" text-anchor=\"middle\">").Append(E(label)).Append("</text>")
                .Append(late ? string.Empty : $"<text class=\"small\" x=\"{x + (column - 20) / 2}\" y=\"{top + plot + 30}\" text-anchor=\"middle\">Σ {cumulative}</text>").Append("</g>\n");
        }

        html.Append("</svg></div>\n<table id=\"schedule-table\"><thead><tr><th>县 County</th><th>名称 Name</th><th>阈值 Threshold</th>");
        foreach (var year in years)
        {
            html.Append("<th class=\"n\">").Append(year.ToString(Invariant)).Append("</th>");
        }

        html.Append("<th>摘帽年份 De-capping year</th></tr></thead>\n<tbody>\n");
        foreach (var county in schedule.Counties.OrderBy(c => c.DecappingYear ?? int.MaxValue).ThenBy(c => c.Code, StringComparer.Ordinal))
        {
            html.Append("<tr data-code=\"").Append(E(county.Code)).Append("\"><td><code>").Append(E(county.Code)).Append("</code></td><td>").Append(E(county.Name)).Append("</td><td class=\"small\">").Append(E(county.Requirement)).Append("</td>");
            foreach (var row in county.Years)
            {
                html.Append("<td class=\"n ").Append(row.WithinThreshold ? "pass" : "fail").Append("\" title=\"").Append(E($"{N(row.Remaining)} remaining")).Append("\">").Append(E(Percent(row.Incidence))).Append("</td>");
            }

            html.Append("<td class=\"decapping\">").Append(county.DecappingYear is { } y ? y.ToString(Invariant) : "–").Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void Allocation(StringBuilder html, FundAllocation allocation)
    {
        html.Append("<section id=\"allocation\"><h2>因素法资金分配 <span class=\"en\">Fund allocation by the factor method</span></h2>\n<p class=\"hint\">")
            .Append(E($"Fund {N(allocation.Fund)} yuan; floor {(allocation.Floor is { } f ? N(f) : "none")}, cap {(allocation.Cap is { } c ? N(c) : "none")}; parameters of {allocation.ProfileId}{(allocation.Verified ? string.Empty : " (unverified)")}: {string.Join(" | ", allocation.Citations)}"))
            .Append("</p>\n<table id=\"allocation-table\"><thead><tr><th>县 County</th><th>名称 Name</th><th class=\"n\">得分 Score</th><th class=\"n\">金额 Amount (yuan)</th><th>界限 Bound</th><th>说明 Explanation</th></tr></thead>\n<tbody>\n");
        foreach (var county in allocation.Counties)
        {
            html.Append("<tr data-code=\"").Append(E(county.Code)).Append("\"><td><code>").Append(E(county.Code)).Append("</code></td><td>").Append(E(county.Name))
                .Append("</td><td class=\"n\">").Append(E(Percent(county.Score))).Append("</td><td class=\"n amount\" data-value=\"").Append(county.Amount.ToString(Invariant)).Append("\">").Append(N(county.Amount))
                .Append("</td><td>").Append(county.Bound == AllocationBound.None ? string.Empty : E(county.Bound.ToString())).Append("</td><td class=\"small\">").Append(E(county.Explanation)).Append("</td></tr>\n");
        }

        html.Append("</tbody><tfoot><tr><th colspan=\"3\">合计 Total</th><th class=\"n\" id=\"allocation-total\">").Append(N(allocation.Counties.Sum(c => c.Amount))).Append("</th><th colspan=\"2\"></th></tr></tfoot></table></section>\n");
    }

    private static void Row(StringBuilder html, string key, string value) => html.Append("<tr><th>").Append(key).Append("</th><td>").Append(value).Append("</td></tr>\n");

    private static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    private static string N(long value) => value.ToString("N0", Invariant);

    private static string Percent(decimal share) => (share * 100m).ToString("F2", Invariant) + "%";

    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 0 auto; max-width: 1280px; padding: 0 20px 40px; color: #1d2733; background: #fbfbfa; }
        h1 { font-size: 1.6em; margin: 24px 0 4px; } h2 { font-size: 1.25em; margin-top: 32px; border-bottom: 2px solid #c0392b; padding-bottom: 4px; }
        .en { color: #5f6b7a; font-weight: normal; font-size: 0.9em; } .sub, .hint, footer { color: #5f6b7a; font-size: 0.9em; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.9em; background: #fff; } th, td { border: 1px solid #dde1e6; padding: 4px 8px; text-align: left; vertical-align: top; }
        thead th { background: #eef1f4; } .n { text-align: right; font-variant-numeric: tabular-nums; } table.kv th { background: #f5f6f8; width: 18em; }
        .fail { color: #b03a2e; } .pass { color: #1e7b4c; } .small { color: #5f6b7a; font-size: 0.85em; } .scroll { overflow-x: auto; }
        svg rect.pass { fill: #52a37a; } svg rect.fail { fill: #d35445; } svg .grid { stroke: #c5cad1; } svg text { font-size: 11px; fill: #3b4654; }
        """;
}
