namespace PovertyRules.Data;

/// <summary>How a roster export is read. Immutable; <see cref="Validate"/> lists every problem in one message.</summary>
public sealed record RosterOptions
{
    /// <summary>The calendar year the export's income columns (人均纯收入 …) are for: they fill that year's <c>AnnualIncome</c>.</summary>
    public required int IncomeYear { get; init; }

    /// <summary>The text encoding of a CSV file; detected by default. Excel files and databases ignore it.</summary>
    public RosterEncoding Encoding { get; init; } = RosterEncoding.Detect;

    /// <summary>The sheet of an Excel file to read; <c>null</c> for the first.</summary>
    public string? SheetName { get; init; }

    /// <summary>What comes above the header row; detected by default.</summary>
    public TitleRowHandling TitleRow { get; init; } = TitleRowHandling.Detect;

    /// <summary>
    /// When a village column holds names rather than 12-digit codes: the code of each village, keyed by the 行政村 value
    /// as written. A row whose village has neither is a read error.
    /// </summary>
    public IReadOnlyDictionary<string, string>? VillageCodes { get; init; }

    /// <summary>
    /// A supplementary file in the PovertyRules supplement schema (CSV, keyed by 户编号) with what exports do not
    /// record: the exit procedure, food and clothing, exclusion facts, resettlement, reasons for being out of school.
    /// </summary>
    public string? SupplementPath { get; init; }

    /// <summary>Facts the caller declares for the run (never silent defaults): each household lists those it relied on.</summary>
    public IReadOnlyList<RegisterAssumption> Assumptions { get; init; } = [];

    /// <summary>
    /// <c>false</c> (default): rows of a household that reappear after another household's rows are a read error naming
    /// both rows. <c>true</c>: a file is read twice, and the rows of such households are grouped in the second pass
    /// (their households come after all others). Only files can be read twice.
    /// </summary>
    public bool GroupSplitHouseholds { get; init; }

    /// <summary>
    /// Whether an ID number already met on an earlier row is a read error (the national check for duplicate persons).
    /// Costs about 16 bytes per person of the file: the ID number's 17 digits as one 64-bit number (exact, so no two
    /// persons are ever confused) and a 32-bit line, in a table sized once from the file's length for CSV (grown by
    /// doubling for Excel and databases, which cannot tell their row count up front).
    /// </summary>
    public bool CheckDuplicatePersons { get; init; } = true;

    /// <summary>Throws when the options cannot be used, listing every problem.</summary>
    /// <exception cref="ArgumentException">A problem; the message lists all of them.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (IncomeYear is < 1978 or > 2100)
        {
            problems.Add($"IncomeYear {IncomeYear} is not a plausible year (1978–2100)");
        }

        if (!Enum.IsDefined(Encoding))
        {
            problems.Add($"Encoding {(int)Encoding} is not a RosterEncoding");
        }

        if (!Enum.IsDefined(TitleRow))
        {
            problems.Add($"TitleRow {(int)TitleRow} is not a TitleRowHandling");
        }

        if (SheetName is { Length: 0 })
        {
            problems.Add("SheetName is empty (use null for the first sheet)");
        }

        if (SupplementPath is not null && !File.Exists(SupplementPath))
        {
            problems.Add($"SupplementPath '{SupplementPath}' does not exist");
        }

        if (Assumptions is null)
        {
            problems.Add("Assumptions is null (use an empty list)");
        }
        else
        {
            for (var i = 0; i < Assumptions.Count; i++)
            {
                var a = Assumptions[i];
                if (a is null)
                {
                    problems.Add($"Assumptions[{i}] is null");
                    continue;
                }

                if (!Enum.IsDefined(a.Fact))
                {
                    problems.Add($"Assumptions[{i}].Fact {(int)a.Fact} is not an AssumedFact");
                }

                if (a.Declared is null || string.IsNullOrWhiteSpace(a.Declared.Id) || string.IsNullOrWhiteSpace(a.Declared.Statement)
                    || string.IsNullOrWhiteSpace(a.Declared.Citation))
                {
                    problems.Add($"Assumptions[{i}] needs an id, a statement and a citation");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The roster options cannot be used: " + string.Join("; ", problems) + ".");
        }
    }
}
