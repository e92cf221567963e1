using System.CommandLine;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Running;
using PovertyRules.Data;

namespace PovertyRules.Cli.Commands;

/// <summary>Options several commands share, and how they are read.</summary>
internal static class CommonOptions
{
    public static Option<string> Out() => new("--out", "-o")
    {
        Description = "Directory for the result files and the report (created when missing)",
        DefaultValueFactory = _ => "povrules-out",
    };

    public static Option<string> Format()
    {
        var option = new Option<string>("--format")
        {
            Description = "Format of the result files: csv, jsonl or parquet",
            DefaultValueFactory = _ => "csv",
        };
        option.AcceptOnlyFromAmong("csv", "jsonl", "parquet");
        return option;
    }

    public static Option<string> Layout()
    {
        var option = new Option<string>("--layout")
        {
            Description = "One row per record, or one per finding: record or finding",
            DefaultValueFactory = _ => "record",
        };
        option.AcceptOnlyFromAmong("record", "finding");
        return option;
    }

    public static Option<int> Seed() => new("--seed") { Description = "Seed of the synthetic register (the same seed gives the same households)", DefaultValueFactory = _ => 1 };

    public static OutputOptions Output(ParseResult parse, Option<string> output, Option<string> format, Option<string> layout) =>
        new(parse.GetValue(output)!,
            parse.GetValue(format) switch { "jsonl" => ResultFormat.JsonLines, "parquet" => ResultFormat.Parquet, _ => ResultFormat.Csv },
            parse.GetValue(layout) == "finding" ? ResultLayout.OneRowPerFinding : ResultLayout.OneRowPerRecord);

    /// <summary>The options that name where households, villages and counties come from.</summary>
    internal sealed class Source
    {
        public Option<string> Households { get; } = new("--households") { Description = "Roster export (.csv, .xlsx, .xls) or a CSV in our schema's columns, one row per member" };

        public Option<string> Supplement { get; } = new("--supplement") { Description = "Supplementary CSV (what exports do not say: food and clothing, procedure, the four categories)" };

        public Option<string> Database { get; } = new("--database") { Description = "Connection string of a database in our schema (tables households, members, supplements, villages, counties)" };

        public Option<string> Provider { get; } = new("--provider") { Description = "Database provider: sqlite or postgresql (default: postgresql when the string has Host=, else sqlite)" };

        public Option<long?> Synthetic { get; } = new("--synthetic") { Description = "Use N households of the synthetic register instead of a file or database" };

        public Option<int> Seed { get; } = CommonOptions.Seed();

        public Option<string> Villages { get; } = new("--villages") { Description = "Village records, CSV in our schema's villages columns" };

        public Option<string> Counties { get; } = new("--counties") { Description = "County records, CSV in our schema's counties columns" };

        public Option<string> VillageCodes { get; } = new("--village-codes") { Description = "CSV of village name, 12-digit code, for exports that name villages instead of coding them" };

        public Option<int?> IncomeYear { get; } = new("--income-year") { Description = "The year the roster's 人均纯收入 is for (default: the profile's year)" };

        public Option<string[]> Assume { get; } = new("--assume")
        {
            Description = "Declare what neither the roster nor the supplement records, for the households they leave silent: " +
                "food-and-clothing-secure=CITATION or no-excluded-category=CITATION (listed on each filled household's receipt and in the report)",
            AllowMultipleArgumentsPerToken = false,
        };

        public Source()
        {
            Provider.AcceptOnlyFromAmong(HouseholdSource.Providers);
        }

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { Households, Supplement, Database, Provider, Synthetic, Seed, Villages, Counties, VillageCodes, IncomeYear, Assume })
            {
                command.Options.Add(option);
            }
        }

        public SourceArguments Read(ParseResult parse) => new()
        {
            HouseholdsFile = parse.GetValue(Households),
            SupplementFile = parse.GetValue(Supplement),
            ConnectionString = parse.GetValue(Database),
            Provider = parse.GetValue(Provider),
            Synthetic = parse.GetValue(Synthetic),
            Seed = parse.GetValue(Seed),
            VillagesFile = parse.GetValue(Villages),
            CountiesFile = parse.GetValue(Counties),
            VillageCodesFile = parse.GetValue(VillageCodes),
            IncomeYear = parse.GetValue(IncomeYear),
            Assume = parse.GetValue(Assume) ?? [],
        };
    }
}
