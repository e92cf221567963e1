using PovertyRules.Assessment;
using PovertyRules.Policy;

namespace PovertyRules.Data.Tests.Fuzz;

/// <summary>
/// Inputs the roster fuzz target (<c>fuzz/run.sh roster</c>) found to make Sylvan's <c>CsvInvalidCharacterException</c>
/// escape the reader, kept as the bytes AFL saved (<c>Fuzz/Roster/</c>) and read as the target reads them: as UTF-8
/// and as GB18030, every household assessed.
/// </summary>
public sealed class RosterFuzzFindingsTests
{
    private static readonly PovertyRulesEngine Engine = new();
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2016);

    /// <summary>
    /// Each file either fails to open with a format error naming it, or is read up to the line the parser cannot get
    /// past: every household before it is assessed, the household whose rows reach it is invalid input naming the
    /// file, line and reason, and the counts reconcile.
    /// </summary>
    [Theory]
    [InlineData("header-text-after-closing-quote.csv", RosterEncoding.Utf8, 0, "cannot be read from line 1 on: malformed CSV quoting: A delimiter, newline or EOF was expected after a closing quote")]
    [InlineData("header-text-after-closing-quote.csv", RosterEncoding.Gb18030, 0, "cannot be read from line 1 on: malformed CSV quoting: A delimiter, newline or EOF was expected after a closing quote")]
    [InlineData("header-unclosed-quote-at-end.csv", RosterEncoding.Utf8, 0, "has no header row naming 户编号 among its first 5 rows")]
    [InlineData("header-unclosed-quote-at-end.csv", RosterEncoding.Gb18030, 0, "cannot be read from line 1 on: malformed CSV quoting: A quoted field at the end of the input ends without a closing quote")]
    [InlineData("mid-stream-text-after-closing-quote.csv", RosterEncoding.Utf8, 8, "malformed CSV quoting: A delimiter, newline or EOF was expected after a closing quote")]
    [InlineData("mid-stream-text-after-closing-quote.csv", RosterEncoding.Gb18030, 8, "malformed CSV quoting: A delimiter, newline or EOF was expected after a closing quote")]
    [InlineData("mid-stream-unclosed-quote-at-end.csv", RosterEncoding.Utf8, 17, "malformed CSV quoting: A quoted field at the end of the input ends without a closing quote")]
    [InlineData("mid-stream-unclosed-quote-at-end.csv", RosterEncoding.Gb18030, 17, "malformed CSV quoting: A quoted field at the end of the input ends without a closing quote")]
    [InlineData("mid-stream-unescaped-quote-in-quoted-field.csv", RosterEncoding.Utf8, 0, "has no header row naming 户编号 among its first 5 rows")]
    [InlineData("mid-stream-unescaped-quote-in-quoted-field.csv", RosterEncoding.Gb18030, 7, "malformed CSV quoting: An unescaped quote character '\"' was found inside a quoted field")]
    public void Malformed_quoting_found_by_fuzzing_is_a_located_error_and_nothing_read_before_it_is_lost(string file, RosterEncoding encoding, int unreadableLine, string reason)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fuzz", "Roster", file);
        var options = new RosterOptions { IncomeYear = Profile.Year, Encoding = encoding };

        if (unreadableLine == 0)
        {
            var open = () => RosterReader.Open(path, options);
            open.Should().Throw<RosterFormatException>().Which.Message.Should().StartWith(file + " ").And.Contain(reason);
            return;
        }

        using var reader = RosterReader.Open(path, options);
        var results = reader.Track(Engine.AssessMany(reader, Profile)).ToList();

        var summary = reader.Summary;
        summary.Reconciles.Should().BeTrue();
        summary.HouseholdsFormed.Should().Be(results.Count).And.BeGreaterThan(1);
        summary.UnreadableFromLine.Should().Be(unreadableLine);
        summary.ToString().Should().EndWith($"NOT READ TO THE END: unreadable from line {unreadableLine}");
        results[^1].Status.Should().Be(HouseholdStatus.InvalidInput);
        results[^1].Errors.Should().ContainSingle(e => e.Field == "(file)").Which.ToString().Should()
            .StartWith($"{file}:{unreadableLine} ").And.Contain($"{file} cannot be read from line {unreadableLine} on: {reason}");
        results.SkipLast(1).Should().NotContain(r => r.Errors.Any(e => e.Field == "(file)"));
    }
}
