namespace PovertyRules.Cli.Generation;

/// <summary>How <c>generate</c> writes the synthetic province.</summary>
internal enum GenerateFormat
{
    /// <summary>A roster export with the register's Chinese headers, plus supplement, village and county CSVs.</summary>
    Roster,

    /// <summary>CSVs in our schema's column names: register (households and members), supplement, villages, counties.</summary>
    Schema,

    /// <summary>A SQLite database with our schema's five tables.</summary>
    Sqlite,
}
