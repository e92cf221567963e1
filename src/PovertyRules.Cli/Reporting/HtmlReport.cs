using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PovertyRules.Cli.Reporting;

/// <summary>
/// The run as one self-contained HTML page a county office can open from disk: no network at view time (no CDN, web
/// font or remote script), charts as inline SVG, a little inline script for sorting the county table. Every value from
/// the data is HTML-encoded; labels are in Chinese and English.
/// </summary>
internal static class HtmlReport
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(RunReport report, string path) => File.WriteAllText(path, Render(report), new UTF8Encoding(false));

    public static string Render(RunReport report)
    {
        var html = new StringBuilder(1 << 16);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>脱贫评估报告 · Poverty-exit assessment report · ").Append(E(report.Profile.Id)).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>脱贫评估报告 <span class=\"en\">Poverty-exit assessment report</span></h1>")
            .Append("<p class=\"sub\">PovertyRules · ").Append(E(report.Command)).Append(" · ")
            .Append(E(report.GeneratedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", Invariant))).Append("</p></header>\n");
        if (report.Partial)
        {
            html.Append("<p class=\"banner\" id=\"partial\">运行被中断：结果只包含中断前读取的户（每户结果完整）。 ")
                .Append("<span class=\"en\">The run was interrupted: the results cover only the households read before it stopped, each of them complete.</span></p>\n");
        }

        Run(html, report);
        Outcomes(html, report);
        if (report.Counties.Count > 0)
        {
            CountyTable(html, report);
            Chart(html, report);
        }

        if (report.Comparison is null)
        {
            // A comparison counts transitions and their causes (its own section), not each profile's failing criteria.
            Criteria(html, report);
            HouseholdDistance(html, report);
        }

        Invalid(html, report);
        if (report.Monitoring is { } monitoring)
        {
            Monitoring(html, monitoring);
        }

        if (report.Counties.Count > 0)
        {
            Villages(html, report);
        }

        if (report.Comparison is { } comparison)
        {
            Comparison(html, report, comparison);
        }

        html.Append("<footer>").Append(L("数字均由同一次运行计算；结果文件与本报告一致。", "Every figure comes from one run; the result files hold the same numbers.")).Append("</footer>\n");
        html.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Run(StringBuilder html, RunReport report)
    {
        var p = report.Profile;
        var c = report.Counts;
        html.Append("<section id=\"run\"><h2>").Append(L("运行信息", "The run")).Append("</h2>\n<table class=\"kv\">\n");
        Row(html, L("数据来源", "Data source"), E(report.Source));
        Row(html, L("政策参数", "Profile"), $"<code>{E(p.Id)}</code> {E(p.Name)} ({p.Year})");
        if (report.Comparison is { } comparison)
        {
            Row(html, L("比较政策", "Compared with"), $"<code>{E(comparison.Changed.Id)}</code> {E(comparison.Changed.Name)} ({comparison.Changed.Year})");
        }

        Row(html, L("参数哈希", "Parameter hash"), $"<code id=\"parameter-hash\">{E(p.ParameterHash)}</code>");
        Row(html, L("规则版本", "Rule-set version"), $"<code>{E(p.RuleSetVersion)}</code>");
        Row(html, L("声明的假设", "Declared assumptions"), p.Assumptions.Count == 0 ? L("无", "none") : string.Join("<br>", p.Assumptions.Select(E)));
        Row(html, L("未核实参数", "Unverified parameters"), p.UnverifiedParameters.Count == 0 ? L("无", "none") : string.Join(", ", p.UnverifiedParameters.Select(E)));
        Row(html, L("读取户数", "Households read"), N(c.HouseholdsRead), "households-read");
        Row(html, L("输出户结果", "Household results"), N(c.HouseholdResults), "household-results");
        Row(html, L("评估人数", "Persons assessed"), N(c.PersonsAssessed), "persons-assessed");
        Row(html, L("无效户记录", "Invalid household records"), N(c.InvalidHouseholds), "invalid-households");
        Row(html, L("读取村记录 / 输出村结果", "Village records read / results"), $"{N(c.VillagesRead)} / {N(c.VillageResults)}");
        Row(html, L("读取县记录 / 输出县结果", "County records read / results"), $"{N(c.CountiesRead)} / {N(c.CountyResults)}");
        if (c.CountiesWithoutDescriptor > 0)
        {
            Row(html, L("无县级数据的县", "Counties without a county record"), N(c.CountiesWithoutDescriptor));
        }

        Row(html, L("重复户编号 / 村代码不可用", "Repeated ids / unusable village codes"), $"{N(c.RepeatedHouseholds)} / {N(c.UnattributedHouseholds)}");
        if (c.UnmatchedSupplementRows > 0)
        {
            Row(html, L("未匹配的补充信息行", "Unmatched supplement rows"), N(c.UnmatchedSupplementRows));
        }

        Row(html, L("用时", "Elapsed"), E(report.Seconds.ToString("0.0", Invariant)) + " s");
        Row(html, L("结果文件", "Result files"), string.Join("<br>", report.Files.Select(f => $"{E(f.Kind)}: <code>{E(Path.GetFileName(f.Path))}</code>")));
        html.Append("</table></section>\n");
    }

    private static void Outcomes(StringBuilder html, RunReport report)
    {
        html.Append("<section id=\"outcomes\"><h2>").Append(L("各层级评估结果", "Outcomes per level")).Append("</h2>\n<div class=\"levels\">\n");
        foreach (var level in new[] { Levels.Household, Levels.Village, Levels.County })
        {
            var rows = report.Statuses.Where(s => s.Level == level).ToList();
            var total = rows.Sum(r => r.Records);
            html.Append("<table class=\"outcome\" data-level=\"").Append(level).Append("\"><caption>")
                .Append(L(Levels.Chinese(level), Levels.English(level))).Append("</caption>\n<thead><tr><th>")
                .Append(L("状态", "Status")).Append("</th><th class=\"n\">").Append(L("数量", "Records")).Append("</th><th class=\"n\">")
                .Append(L("人数", "People")).Append("</th><th class=\"n\">").Append(L("占比", "Share")).Append("</th></tr></thead><tbody>\n");
            foreach (var row in rows)
            {
                html.Append("<tr data-status=\"").Append(E(row.Status)).Append("\"><td>").Append(StatusLabel(level, row.Status))
                    .Append("</td><td class=\"n records\">").Append(N(row.Records)).Append("</td><td class=\"n people\">").Append(N(row.People))
                    .Append("</td><td class=\"n\">").Append(total == 0 ? "–" : Percent((decimal)row.Records / total, 1)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("</div></section>\n");
    }

    private static void CountyTable(StringBuilder html, RunReport report)
    {
        html.Append("<section id=\"counties\"><h2>").Append(L("贫困县", "Counties")).Append(" <span class=\"count\" id=\"county-count\">")
            .Append(report.Counties.Count.ToString(Invariant)).Append("</span></h2>\n<p class=\"hint\">")
            .Append(L("点击表头排序。区间为 95% Wilson 置信区间；“稳健”指区间整体落在阈值同一侧，抽样误差不改变结论。",
                "Click a heading to sort. Intervals are 95% Wilson intervals; robust means the whole interval lies on one side of the threshold, so sampling error cannot change the decision."))
            .Append("</p>\n<div class=\"scroll\"><table id=\"county-table\" class=\"sortable\">\n<thead><tr>");
        Head(html, "text", L("县代码", "County"));
        Head(html, "text", L("状态", "Status"));
        Head(html, "number", L("户数", "Households"));
        Head(html, "number", L("剩余贫困人口", "Remaining poor"));
        Head(html, "number", L("农村人口", "Rural population"));
        Head(html, "number", L("贫困发生率", "Incidence"), "incidence");
        Head(html, "number", L("阈值", "Threshold"));
        Head(html, "number", L("错退率", "Wrong-exit rate"));
        Head(html, "number", L("漏评率", "Omission rate"));
        Head(html, "number", L("群众认可度", "Public approval"));
        Head(html, "text", L("未达标指标", "Failed criteria"));
        Head(html, "text", L("距退出差距", "Distance to exit"));
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var county in report.Counties)
        {
            html.Append("<tr data-code=\"").Append(E(county.Code)).Append("\">");
            Cell(html, county.Code, $"<code>{E(county.Code)}</code>{(county.Name is null ? string.Empty : " " + E(county.Name))}");
            Cell(html, county.Status, StatusLabel(Levels.County, county.Status), "status");
            Cell(html, Num(county.Households), N(county.Households), "n");
            Cell(html, Num(county.RemainingPoorPeople), N(county.RemainingPoorPeople), "n");
            Cell(html, county.RuralPopulation is { } rural ? Num(rural) : string.Empty, county.RuralPopulation is { } r ? N(r) : "–", "n");
            var failing = county.Incidence is { } i && county.Threshold is { } t && i >= t;
            Cell(html, county.Incidence is { } inc ? Num(inc) : string.Empty, county.Incidence is { } x ? Percent(x, 2) : "–", failing ? "n incidence fail" : "n incidence");
            Cell(html, county.Threshold is { } th ? Num(th) : string.Empty, county.Threshold is { } y ? Percent(y, 0) : "–", "n");
            foreach (var rate in new[] { county.WrongExit, county.Omission, county.Approval })
            {
                Cell(html, rate is null ? string.Empty : Num(rate.Rate), rate is null ? "–" : RateText(rate), rate is null ? null : rate.Passes ? "pass" : "fail");
            }

            Cell(html, string.Join(" ", county.FailedCriteria), Criteria(county.FailedCriteria, county.UnknownCriteria));
            Cell(html, county.Distance ?? string.Empty, county.Distance is null ? "–" : E(county.Distance), "distance");
            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static string RateText(RateRow rate) =>
        $"{Percent(rate.Rate, 2)} <span class=\"ci\">[{Percent((decimal)rate.Lower, 2)}–{Percent((decimal)rate.Upper, 2)}]</span> " +
        $"<span class=\"small\">{N(rate.Numerator)}/{N(rate.Denominator)}</span> " +
        (rate.Passes ? L("达标", "passes") : L("未达标", "fails")) + " · " +
        (rate.Robust ? $"<span class=\"robust\">{L("稳健", "robust")}</span>" : $"<span class=\"fragile\">{L("不稳健", "not robust")}</span>");

    private static void Chart(StringBuilder html, RunReport report)
    {
        var counties = report.Counties.Where(c => c.Incidence is not null).ToList();
        html.Append("<section id=\"chart\"><h2>").Append(L("各县贫困发生率与阈值", "Incidence by county against the threshold")).Append("</h2>\n");
        if (counties.Count == 0)
        {
            html.Append("<p>").Append(L("没有可计算发生率的县。", "No county has a known incidence.")).Append("</p></section>\n");
            return;
        }

        const int barWidth = 26, gap = 8, left = 56, top = 16, plotHeight = 220, bottom = 70;
        var width = left + (counties.Count * (barWidth + gap)) + 20;
        var max = Math.Max(counties.Max(c => c.Incidence!.Value), counties.Max(c => c.Threshold ?? 0m)) * 1.15m;
        if (max <= 0)
        {
            max = 0.01m;
        }

        double Y(decimal value) => top + plotHeight - (double)(value / max) * plotHeight;
        var svg = html.Append("<div class=\"scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(width).Append("\" height=\"")
            .Append(top + plotHeight + bottom).Append("\" aria-label=\"贫困发生率 incidence by county\">\n");
        for (var k = 0; k <= 4; k++)
        {
            var value = max * k / 4;
            var y = Y(value).ToString("0.0", Invariant);
            svg.Append("<line class=\"grid\" x1=\"").Append(left).Append("\" x2=\"").Append(width - 10).Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\"/>")
                .Append("<text class=\"axis\" x=\"").Append(left - 6).Append("\" y=\"").Append(y).Append("\" text-anchor=\"end\" dy=\"4\">").Append(Percent(value, 1)).Append("</text>\n");
        }

        foreach (var threshold in counties.Where(c => c.Threshold is not null).Select(c => c.Threshold!.Value).Distinct().Order())
        {
            var y = Y(threshold).ToString("0.0", Invariant);
            svg.Append("<line class=\"threshold\" x1=\"").Append(left).Append("\" x2=\"").Append(width - 10).Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\"/>")
                .Append("<text class=\"threshold-label\" x=\"").Append(width - 12).Append("\" y=\"").Append(y).Append("\" text-anchor=\"end\" dy=\"-3\">")
                .Append(E("阈值 threshold " + Percent(threshold, 0))).Append("</text>\n");
        }

        for (var i = 0; i < counties.Count; i++)
        {
            var county = counties[i];
            var x = left + gap + (i * (barWidth + gap));
            var incidence = county.Incidence!.Value;
            var y = Y(incidence);
            var pass = county.Threshold is { } t && incidence < t;
            svg.Append("<g class=\"bar\" data-code=\"").Append(E(county.Code)).Append("\"><title>").Append(E($"{county.Code}: {Percent(incidence, 2)}"))
                .Append(county.Threshold is { } th ? E($" / {Percent(th, 0)}") : string.Empty).Append("</title>")
                .Append("<rect class=\"").Append(pass ? "pass" : "fail").Append("\" x=\"").Append(x).Append("\" y=\"").Append(y.ToString("0.0", Invariant))
                .Append("\" width=\"").Append(barWidth).Append("\" height=\"").Append((top + plotHeight - y).ToString("0.0", Invariant)).Append("\"/>");
            if (county.Threshold is { } own)
            {
                var ty = Y(own).ToString("0.0", Invariant);
                svg.Append("<line class=\"own-threshold\" x1=\"").Append(x - 2).Append("\" x2=\"").Append(x + barWidth + 2).Append("\" y1=\"").Append(ty).Append("\" y2=\"").Append(ty).Append("\"/>");
            }

            var lx = x + (barWidth / 2);
            var ly = top + plotHeight + 8;
            svg.Append("<text class=\"label\" transform=\"translate(").Append(lx).Append(',').Append(ly).Append(") rotate(60)\">").Append(E(county.Code)).Append("</text></g>\n");
        }

        svg.Append("</svg></div>\n<p class=\"legend\"><span class=\"swatch pass\"></span>").Append(L("低于阈值", "below the threshold"))
            .Append(" <span class=\"swatch fail\"></span>").Append(L("达到或高于阈值", "at or above the threshold"))
            .Append(" <span class=\"swatch line\"></span>").Append(L("本县阈值", "the county's threshold")).Append("</p></section>\n");
    }

    private static void Criteria(StringBuilder html, RunReport report)
    {
        html.Append("<section id=\"criteria\"><h2>").Append(L("未达标最多的指标", "Most frequent failing criteria")).Append("</h2>\n");
        if (report.FailingCriteria.Count == 0)
        {
            html.Append("<p>").Append(L("没有未达标的指标。", "No criterion failed.")).Append("</p></section>\n");
            return;
        }

        html.Append("<table id=\"criteria-table\"><thead><tr><th>").Append(L("层级", "Level")).Append("</th><th>").Append(L("指标", "Criterion"))
            .Append("</th><th class=\"n\">").Append(L("数量", "Records")).Append("</th><th>").Append(L("政策条款", "Clause")).Append("</th><th>")
            .Append(L("参数", "Parameter")).Append("</th></tr></thead><tbody>\n");
        foreach (var c in report.FailingCriteria)
        {
            html.Append("<tr data-level=\"").Append(c.Level).Append("\" data-id=\"").Append(E(c.Id)).Append("\"><td>").Append(L(Levels.Chinese(c.Level), Levels.English(c.Level)))
                .Append("</td><td><code>").Append(E(c.Id)).Append("</code></td><td class=\"n records\">").Append(N(c.Records)).Append("</td><td class=\"clause\">")
                .Append(E(c.Clause)).Append("</td><td>").Append(c.Parameter is null ? "–" : $"<code>{E(c.Parameter)}</code>").Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    /// <summary>What the households that remain poor need to exit: each kind of change with the households and people needing it.</summary>
    private static void HouseholdDistance(StringBuilder html, RunReport report)
    {
        html.Append("<section id=\"distance\"><h2>").Append(L("未脱贫户距退出的差距", "Distance to exit of the households that remain poor")).Append("</h2>\n");
        if (report.HouseholdChanges.Count == 0)
        {
            html.Append("<p>").Append(L("没有未脱贫户。", "No household remains poor.")).Append("</p></section>\n");
            return;
        }

        html.Append("<table id=\"distance-table\"><thead><tr><th>").Append(L("所需改变", "Change needed")).Append("</th><th class=\"n\">").Append(L("户数", "Households"))
            .Append("</th><th class=\"n\">").Append(L("人数", "People")).Append("</th><th class=\"n\">").Append(L("收入缺口（元，合计）", "Income lacking (yuan, in all)"))
            .Append("</th></tr></thead><tbody>\n");
        foreach (var c in report.HouseholdChanges)
        {
            html.Append("<tr data-kind=\"").Append(E(c.Kind)).Append("\"><td>").Append(ChangeLabel(c.Kind)).Append("</td><td class=\"n households\">").Append(N(c.Households))
                .Append("</td><td class=\"n\">").Append(N(c.People)).Append("</td><td class=\"n\">")
                .Append(c.Yuan is { } yuan ? yuan.ToString("N0", Invariant) : "–").Append("</td></tr>\n");
        }

        html.Append("</tbody></table><p class=\"small\">")
            .Append(L("每户的差距（逐项改变及金额）见结果文件的 distance 列。", "Each household's distance (every change and amount) is in the result file's distance column."))
            .Append("</p></section>\n");
    }

    private static string ChangeLabel(string kind) => kind switch
    {
        "RaiseIncome" => L("增加收入至高于扶贫标准", "Raise income above the line"),
        "ReduceTransfers" => L("减少计入的转移性收入", "Reduce counted transfers"),
        "ReturnToSchool" => L("失学儿童返校", "Return a child to school"),
        "EnrolInMedicalInsurance" => L("参加基本医疗保险", "Enrol in medical insurance"),
        "MakeHousingSafe" => L("危房改造或搬迁", "Make housing safe or resettle"),
        "ProvideSafeWater" => L("解决安全饮水", "Provide safe water"),
        "SecureFoodAndClothing" => L("保障吃穿", "Secure food and clothing"),
        "CompleteProcedureStep" => L("完成退出程序", "Complete the procedure"),
        "MeetPackCriterion" => L("满足规则包标准", "Meet a rule-pack criterion"),
        _ => E(kind),
    };

    private static void Invalid(StringBuilder html, RunReport report)
    {
        html.Append("<section id=\"invalid\"><h2>").Append(L("无效记录（按原因）", "Invalid records by reason")).Append("</h2>\n");
        if (report.InvalidRecords.Count == 0)
        {
            html.Append("<p>").Append(L("没有无效记录。", "No record was invalid.")).Append("</p></section>\n");
            return;
        }

        html.Append("<table><thead><tr><th>").Append(L("层级", "Level")).Append("</th><th>").Append(L("字段", "Field")).Append("</th><th class=\"n\">")
            .Append(L("数量", "Records")).Append("</th><th>").Append(L("示例", "Example")).Append("</th></tr></thead><tbody>\n");
        foreach (var i in report.InvalidRecords)
        {
            html.Append("<tr><td>").Append(L(Levels.Chinese(i.Level), Levels.English(i.Level))).Append("</td><td><code>").Append(E(i.Field))
                .Append("</code></td><td class=\"n\">").Append(N(i.Records)).Append("</td><td>").Append(E(i.Example)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void Monitoring(StringBuilder html, MonitoringSummary m)
    {
        html.Append("<section id=\"monitoring\"><h2>").Append(L("防止返贫动态监测", "Relapse monitoring")).Append("</h2>\n<table class=\"kv\">\n");
        Row(html, L("监测对象户", "Households at risk"), N(m.AtRisk), "monitoring-at-risk");
        Row(html, L("脱贫不稳定户", "Unstable exited households"), N(m.UnstableExited), "monitoring-unstable");
        Row(html, L("边缘易致贫户", "Marginal households at risk"), N(m.MarginalAtRisk), "monitoring-marginal");
        Row(html, L("突发严重困难户", "Households in sudden severe hardship"), N(m.SuddenHardship), "monitoring-hardship");
        Row(html, L("无风险", "Not at risk"), N(m.NotAtRisk), "monitoring-not-at-risk");
        Row(html, L("无法判定（缺少数据）", "Undetermined (input missing)"), N(m.Undetermined), "monitoring-undetermined");
        Row(html, L("风险已消除", "Risk eliminated"), N(m.RiskEliminated), "monitoring-eliminated");
        Row(html, L("监测人口占建档立卡人口（参考：约5%，最高10%，非规则）", "Monitored people / registered people (guidance: about 5%, at most 10%; reported, not a rule)"),
            m.MonitoredShareOfRegistered is { } share ? share.ToString("0.##%", Invariant) : "-", "monitoring-share");
        html.Append("</table></section>\n");
    }

    private static void Villages(StringBuilder html, RunReport report)
    {
        html.Append("<section id=\"villages\"><h2>").Append(L("各县的贫困村", "Villages per county")).Append("</h2>\n");
        foreach (var county in report.Counties)
        {
            var remaining = county.Villages.Count(v => v.Status != "MayDelist");
            html.Append("<details data-code=\"").Append(E(county.Code)).Append("\"><summary><code>").Append(E(county.Code)).Append("</code> ")
                .Append(StatusLabel(Levels.County, county.Status)).Append(" · ").Append(N(county.Villages.Count)).Append(' ').Append(L("个村", "villages"))
                .Append(", ").Append(N(remaining)).Append(' ').Append(L("个未退出", "not delisted"));
            if (county.UndescribedVillages > 0)
            {
                html.Append(", ").Append(N(county.UndescribedVillages)).Append(' ').Append(L("个无村级数据", "without a village record"));
            }

            html.Append("</summary>\n<table class=\"villages\"><thead><tr><th>").Append(L("村代码", "Village")).Append("</th><th>").Append(L("状态", "Status"))
                .Append("</th><th class=\"n\">").Append(L("户数", "Households")).Append("</th><th class=\"n\">").Append(L("剩余贫困人口", "Remaining poor"))
                .Append("</th><th class=\"n\">").Append(L("贫困发生率", "Incidence")).Append("</th><th class=\"n\">").Append(L("阈值", "Threshold"))
                .Append("</th><th>").Append(L("未达标指标", "Failed criteria")).Append("</th><th>").Append(L("距出列差距", "Distance to delisting")).Append("</th></tr></thead><tbody>\n");
            foreach (var v in county.Villages)
            {
                html.Append("<tr><td><code>").Append(E(v.Code)).Append("</code>").Append(v.Name is null ? string.Empty : " " + E(v.Name)).Append("</td><td>")
                    .Append(StatusLabel(Levels.Village, v.Status)).Append("</td><td class=\"n\">").Append(N(v.Households)).Append("</td><td class=\"n\">")
                    .Append(N(v.RemainingPoorPeople)).Append("</td><td class=\"n\">").Append(v.Incidence is { } i ? Percent(i, 2) : "–").Append("</td><td class=\"n\">")
                    .Append(Percent(v.Threshold, 0)).Append("</td><td>").Append(Criteria(v.FailedCriteria, v.UnknownCriteria)).Append("</td><td class=\"distance\">")
                    .Append(v.Distance is null ? "–" : E(v.Distance)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table></details>\n");
        }

        html.Append("</section>\n");
    }

    private static void Comparison(StringBuilder html, RunReport report, ComparisonSummary comparison)
    {
        html.Append("<section id=\"compare\"><h2>").Append(L("政策比较", "Policy comparison")).Append(": <code>").Append(E(report.Profile.Id))
            .Append("</code> → <code>").Append(E(comparison.Changed.Id)).Append("</code></h2>\n<h3>").Append(L("政策参数差异", "Profile differences")).Append("</h3>\n");
        if (comparison.Differences.Count == 0)
        {
            html.Append("<p>").Append(L("两个政策的参数相同。", "The two profiles have the same parameters.")).Append("</p>\n");
        }
        else
        {
            html.Append("<table id=\"differences\"><thead><tr><th>").Append(L("参数", "Parameter")).Append("</th><th>").Append(L("基准", "Baseline"))
                .Append("</th><th>").Append(L("变更后", "Changed")).Append("</th><th>").Append(L("出处", "Citation")).Append("</th><th>").Append(L("已核实", "Verified"))
                .Append("</th></tr></thead><tbody>\n");
            foreach (var d in comparison.Differences)
            {
                html.Append("<tr><td><code>").Append(E(d.Name)).Append("</code></td><td>").Append(E(d.Baseline ?? "–")).Append("</td><td>").Append(E(d.Changed ?? "–"))
                    .Append("</td><td>").Append(E(d.Citation ?? "–")).Append("</td><td>").Append(d.Verified switch { true => L("是", "yes"), false => L("否", "no"), _ => "–" })
                    .Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        foreach (var level in comparison.Levels)
        {
            var from = level.Transitions.Select(t => t.From).Distinct().OrderBy(s => StatusLabels.Order(level.Level, s)).ToList();
            var to = level.Transitions.Select(t => t.To).Distinct().OrderBy(s => StatusLabels.Order(level.Level, s)).ToList();
            html.Append("<h3>").Append(L(Levels.Chinese(level.Level), Levels.English(level.Level))).Append(": ").Append(N(level.Changed)).Append(" / ")
                .Append(N(level.Records)).Append(' ').Append(L("条结果改变", "changed")).Append("</h3>\n<table class=\"matrix\" data-level=\"").Append(level.Level)
                .Append("\"><thead><tr><th>").Append(L("基准 ↓ / 变更后 →", "baseline ↓ / changed →")).Append("</th>");
            foreach (var t in to)
            {
                html.Append("<th>").Append(StatusLabel(level.Level, t)).Append("</th>");
            }

            html.Append("</tr></thead><tbody>\n");
            foreach (var f in from)
            {
                html.Append("<tr><th>").Append(StatusLabel(level.Level, f)).Append("</th>");
                foreach (var t in to)
                {
                    var cell = level.Transitions.FirstOrDefault(x => x.From == f && x.To == t);
                    html.Append("<td class=\"n").Append(cell is not null && f != t ? " changed" : string.Empty).Append("\" data-from=\"").Append(E(f)).Append("\" data-to=\"")
                        .Append(E(t)).Append("\">").Append(cell is null ? "–" : N(cell.Records)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody></table>\n");
            var changes = level.Transitions.Where(t => t.From != t.To).OrderByDescending(t => t.Records).ToList();
            if (changes.Count > 0)
            {
                html.Append("<table class=\"causes\"><thead><tr><th>").Append(L("变化", "Transition")).Append("</th><th class=\"n\">").Append(L("数量", "Records"))
                    .Append("</th><th>").Append(L("导致变化的指标", "Criteria that caused it")).Append("</th></tr></thead><tbody>\n");
                foreach (var t in changes)
                {
                    html.Append("<tr><td>").Append(StatusLabel(level.Level, t.From)).Append(" → ").Append(StatusLabel(level.Level, t.To)).Append("</td><td class=\"n\">")
                        .Append(N(t.Records)).Append("</td><td>")
                        .Append(t.Causes.Count == 0 ? "–" : string.Join("<br>", t.Causes.Select(c => $"<code>{E(c.Criterion)}</code> {E(c.Baseline ?? "–")} → {E(c.Changed ?? "–")}: {N(c.Records)}")))
                        .Append("</td></tr>\n");
                }

                html.Append("</tbody></table>\n");
            }

            var counties = level.Counties.Where(c => c.Changed > 0).OrderByDescending(c => c.Changed).ToList();
            if (counties.Count > 0)
            {
                html.Append("<details><summary>").Append(L("各县变化", "Changes per county")).Append("</summary><table><thead><tr><th>").Append(L("县代码", "County"))
                    .Append("</th><th class=\"n\">").Append(L("记录", "Records")).Append("</th><th class=\"n\">").Append(L("改变", "Changed")).Append("</th></tr></thead><tbody>\n");
                foreach (var c in counties)
                {
                    html.Append("<tr><td><code>").Append(E(c.County)).Append("</code></td><td class=\"n\">").Append(N(c.Records)).Append("</td><td class=\"n\">")
                        .Append(N(c.Changed)).Append("</td></tr>\n");
                }

                html.Append("</tbody></table></details>\n");
            }
        }

        html.Append("</section>\n");
    }

    private static string Criteria(IReadOnlyList<string> failed, IReadOnlyList<string> unknown)
    {
        if (failed.Count == 0 && unknown.Count == 0)
        {
            return "–";
        }

        var parts = failed.Select(f => $"<code class=\"failed\">{E(f)}</code>")
            .Concat(unknown.Select(u => $"<code class=\"unknown\" title=\"{E("信息缺失 unknown")}\">{E(u)}?</code>"));
        return string.Join(" ", parts);
    }

    private static string StatusLabel(string level, string status) => L(StatusLabels.Chinese(level, status), status);

    private static void Row(StringBuilder html, string label, string value, string? id = null)
    {
        html.Append("<tr><th>").Append(label).Append("</th><td").Append(id is null ? string.Empty : $" id=\"{id}\"").Append('>').Append(value).Append("</td></tr>\n");
    }

    private static void Head(StringBuilder html, string type, string label, string? key = null) =>
        html.Append("<th data-type=\"").Append(type).Append('"').Append(key is null ? string.Empty : $" data-key=\"{key}\"").Append(" tabindex=\"0\">").Append(label).Append("</th>");

    private static void Cell(StringBuilder html, string sortValue, string content, string? cssClass = null) =>
        html.Append("<td").Append(cssClass is null ? string.Empty : $" class=\"{cssClass}\"").Append(" data-value=\"").Append(E(sortValue)).Append("\">").Append(content).Append("</td>");

    /// <summary>A bilingual label: Chinese, then English in a lighter span.</summary>
    private static string L(string zh, string en) => $"<span lang=\"zh-CN\">{E(zh)}</span> <span class=\"en\" lang=\"en\">{E(en)}</span>";

    private static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    private static string N(long value) => value.ToString("N0", Invariant);

    private static string Num(decimal value) => value.ToString(Invariant);

    private static string Num(long value) => value.ToString(Invariant);

    internal static string Percent(decimal share, int decimals) => (share * 100m).ToString("F" + decimals.ToString(Invariant), Invariant) + "%";

    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 0 auto; max-width: 1280px; padding: 0 20px 40px; color: #1d2733; background: #fbfbfa; }
        h1 { font-size: 1.6em; margin: 24px 0 4px; } h2 { font-size: 1.25em; margin-top: 32px; border-bottom: 2px solid #c0392b; padding-bottom: 4px; } h3 { font-size: 1.05em; }
        .en { color: #5f6b7a; font-weight: normal; font-size: 0.9em; } .sub, .hint, footer { color: #5f6b7a; font-size: 0.9em; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.9em; background: #fff; } th, td { border: 1px solid #dde1e6; padding: 4px 8px; text-align: left; vertical-align: top; }
        thead th { background: #eef1f4; } .n { text-align: right; font-variant-numeric: tabular-nums; } table.kv th { background: #f5f6f8; width: 16em; }
        .levels { display: flex; flex-wrap: wrap; gap: 16px; } caption { font-weight: bold; text-align: left; padding: 4px 0; }
        .sortable th { cursor: pointer; user-select: none; } .sortable th[aria-sort="ascending"]::after { content: " ▲"; } .sortable th[aria-sort="descending"]::after { content: " ▼"; }
        .fail, code.failed { color: #b03a2e; } .pass { color: #1e7b4c; } code.unknown { color: #8a6d1d; } .ci, .small { color: #5f6b7a; font-size: 0.85em; }
        .robust { color: #1e7b4c; } .fragile { color: #b9770e; font-weight: bold; } .scroll { overflow-x: auto; }
        .banner { background: #fdecea; border: 1px solid #e6b0aa; padding: 10px; font-weight: bold; }
        svg rect.pass { fill: #52a37a; } svg rect.fail { fill: #d35445; } svg .grid { stroke: #e3e6ea; } svg .threshold { stroke: #922b21; stroke-dasharray: 6 4; stroke-width: 1.5; }
        svg .own-threshold { stroke: #1d2733; stroke-width: 2; } svg text { font-size: 11px; fill: #3b4654; } svg .threshold-label { fill: #922b21; }
        .legend .swatch { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: middle; } .swatch.pass { background: #52a37a; } .swatch.fail { background: #d35445; } .swatch.line { height: 2px; background: #1d2733; }
        details { margin: 4px 0; } summary { cursor: pointer; padding: 4px 0; } td.changed { background: #fff4d6; font-weight: bold; } .count { color: #5f6b7a; font-weight: normal; }
        """;

    private const string Script = """
        (function () {
          document.querySelectorAll('table.sortable').forEach(function (table) {
            var headers = table.tHead.rows[0].cells;
            Array.prototype.forEach.call(headers, function (th, index) {
              function sort() {
                var ascending = th.getAttribute('aria-sort') !== 'ascending';
                Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                var numeric = th.getAttribute('data-type') === 'number';
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = a.cells[index].getAttribute('data-value'), y = b.cells[index].getAttribute('data-value');
                  if (x === '' && y === '') return 0;
                  if (x === '') return 1;
                  if (y === '') return -1;
                  var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
                  return ascending ? c : -c;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              }
              th.addEventListener('click', sort);
              th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
            });
          });
        })();
        """;
}
