using PovertyRules.Model;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Packs;

public class ExtensionDataTests
{
    private sealed record Figures(decimal? Area, bool? Power);

    [Fact]
    public void A_typed_entry_reads_back_as_itself()
    {
        var figures = new Figures(40m, true);

        ExtensionData.Empty.With("guangxi", figures).Get<Figures>("guangxi").Should().BeSameAs(figures);
    }

    [Fact]
    public void A_json_entry_reads_into_the_pack_type_with_camel_case_names()
    {
        ExtensionData.Empty.WithJson("guangxi", """{ "area": 40.5, "power": false }""").Get<Figures>("guangxi")
            .Should().Be(new Figures(40.5m, false));
    }

    [Fact]
    public void A_json_entry_with_an_unknown_name_does_not_read_and_says_which()
    {
        var read = () => ExtensionData.Empty.WithJson("guangxi", """{ "floor": 40 }""").Get<Figures>("guangxi");

        read.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("guangxi").And.Contain("floor");
    }

    [Fact]
    public void Json_that_is_not_an_object_is_refused_when_it_is_set()
    {
        var set = () => ExtensionData.Empty.WithJson("guangxi", "[1, 2]");

        set.Should().Throw<ArgumentException>().Which.Message.Should().Contain("expected a JSON object");
    }

    [Fact]
    public void An_absent_entry_reads_as_null()
    {
        ExtensionData.Empty.Get<Figures>("guangxi").Should().BeNull();
    }

    [Fact]
    public void Households_with_equal_extension_data_are_equal()
    {
        var a = Households.Exiting() with { Extensions = ExtensionData.Empty.WithJson("guangxi", """{"area":40}""") };
        var b = Households.Exiting() with { Extensions = ExtensionData.Empty.WithJson("guangxi", """{"area":40}""") };

        a.Extensions.Should().Be(b.Extensions);
        a.Extensions.Should().NotBe(ExtensionData.Empty);
    }

    [Fact]
    public void A_null_extension_set_reads_as_empty()
    {
        (Households.Exiting() with { Extensions = null! }).Extensions.Should().BeSameAs(ExtensionData.Empty);
    }
}
