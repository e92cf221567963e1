using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PovertyRules.WebApi.Tests;

/// <summary>The web API through the real HTTP pipeline (routing, binding, problem details, OpenAPI) of an in-memory server.</summary>
public sealed class WebApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Household = """
        {
          "id": "4312260001", "villageCode": "431226101201",
          "members": [
            { "relationship": "Head", "age": 46, "schooling": "NotInSchool", "medicalInsuranceEligible": true, "medicalInsuranceEnrolled": true, "onGovernmentPayroll": false, "villageCadre": false },
            { "relationship": "Son", "age": 12, "schooling": "Grade7", "medicalInsuranceEligible": true, "medicalInsuranceEnrolled": true, "onGovernmentPayroll": false, "villageCadre": false }
          ],
          "income": [{ "year": 2016, "perCapitaNet": 3400 }],
          "foodAndClothingSecure": true,
          "dwelling": { "grade": "B", "resettled": false },
          "safeDrinkingWater": true, "registeredBusiness": false, "ownedHousing": [], "vehicles": [],
          "exitProcedure": { "appraisalHeld": true, "verified": true, "householdConsented": true, "noticeDays": 7, "unresolvedObjections": 0, "announced": true }
        }
        """;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string With(string json, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    private async Task<JsonNode> Post(string path, string body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync(path, Json(body));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        return JsonNode.Parse(text)!;
    }

    [Fact]
    public async Task One_household_is_assessed_under_the_configured_default_profile()
    {
        var result = await Post("/households/assess", Household);

        result["code"]!.GetValue<string>().Should().Be("4312260001");
        result["status"]!.GetValue<string>().Should().Be("MayExit");
        result["receipt"]!["profileId"]!.GetValue<string>().Should().Be("CN-2016");
        result["findings"]!.AsArray().Should().Contain(f => f!["ruleId"]!.GetValue<string>() == "HH-INCOME" && f["outcome"]!.GetValue<string>() == "Met");
    }

    [Fact]
    public async Task Many_households_give_one_result_each_in_order_and_a_malformed_one_is_invalid_input_in_its_place()
    {
        var poor = With(Household, h => { h["id"] = "4312260002"; h["income"] = JsonNode.Parse("""[{ "year": 2016, "perCapitaNet": 2952 }]"""); });
        var negative = With(Household, h => { h["id"] = "4312260003"; h["income"] = JsonNode.Parse("""[{ "year": 2016, "perCapitaNet": -10 }]"""); });

        var results = (await Post("/households/assess", $"[{Household},{poor},{negative}]")).AsArray();

        results.Select(r => r!["status"]!.GetValue<string>()).Should().Equal("MayExit", "RemainsPoor", "InvalidInput");
        results[2]!["errors"]![0]!["field"]!.GetValue<string>().Should().Contain("Income");
    }

    [Fact]
    public async Task A_profile_can_be_chosen_per_request_and_an_unknown_one_is_a_problem_naming_the_parameter()
    {
        var result = await Post("/households/assess?profile=CN-2019", Household);
        result["receipt"]!["profileId"]!.GetValue<string>().Should().Be("CN-2019");

        var problem = await Post("/households/assess?profile=CN-2030", Household, HttpStatusCode.BadRequest);
        problem["errors"]!["profile"]![0]!.GetValue<string>().Should().StartWith("'CN-2030' is not a built-in profile; the profiles are CN-2014");
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_problem_naming_the_field_by_its_json_path()
    {
        var body = With(Household, h => h["members"]![1]!["age"] = "twelve");

        var problem = await Post("/households/assess", body, HttpStatusCode.BadRequest);

        problem["title"]!.GetValue<string>().Should().Be("The request is not valid input");
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal("$.members[1].age");
    }

    [Fact]
    public async Task An_unknown_field_a_wrong_enum_name_and_a_missing_required_field_are_each_named()
    {
        var typo = await Post("/households/assess", $"[{With(Household, h => h["safeDrinkingWatr"] = true)}]", HttpStatusCode.BadRequest);
        var grade = await Post("/households/assess", With(Household, h => h["dwelling"]!["grade"] = "E"), HttpStatusCode.BadRequest);
        var missing = await Post("/households/assess", With(Household, h => h.Remove("villageCode")), HttpStatusCode.BadRequest);

        typo["detail"]!.GetValue<string>().Should().StartWith("$[0]").And.Contain("safeDrinkingWatr");
        grade["errors"]!.AsObject().Single().Key.Should().Be("$.dwelling.grade");
        missing["detail"]!.GetValue<string>().Should().Contain("villageCode");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413_before_it_is_read_as_json()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat(Household, 5_000)) + "]";

        var problem = await Post("/households/assess", body, HttpStatusCode.RequestEntityTooLarge);

        problem["title"]!.GetValue<string>().Should().Be("The request is too large");
        problem["detail"]!.GetValue<string>().Should().Contain("at most 4,194,304 are accepted");
    }

    [Fact]
    public async Task More_records_than_a_request_may_hold_are_refused_with_413()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("Limits:MaxRecordsPerRequest", "2"));
        using var client = small.CreateClient();

        using var response = await client.PostAsync("/households/assess", Json($"[{Household},{Household},{Household}]"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("The body holds 3 records; at most 2 are accepted in one request.");
    }

    [Fact]
    public async Task A_village_and_a_county_are_assessed_from_their_recorded_figures()
    {
        var village = """
            { "code": "431226101201", "ruralPopulation": 800, "remainingPoorPeople": 8,
              "hardenedRoad": false, "electricity": true, "safeDrinkingWater": true, "clinic": true,
              "procedure": { "noticeHeld": true, "unresolvedObjections": 0, "announced": true } }
            """;
        var county = """
            { "code": "431226", "ruralPopulation": 2000, "remainingPoorPeople": 14, "exitedPeople": 1200, "listedVillagesRemaining": 0,
              "evaluation": { "exitedPeopleSampled": 1200, "wronglyExitedPeople": 9, "nonRegisteredPeopleSampled": 3000, "omittedPoorPeople": 21, "householdsSurveyed": 800, "householdsApproving": 761 },
              "procedure": { "countyProposal": true, "cityReview": true, "provinceVerificationAndNotice": true, "provinceApprovalAndReport": true, "nationalAssessment": true, "provinceFormalApproval": true } }
            """;

        var villageResult = await Post("/villages/assess", village);
        var countyResults = (await Post("/counties/assess", $"[{county}]")).AsArray();

        villageResult["status"]!.GetValue<string>().Should().Be("RemainsListed");
        villageResult["failedCriteria"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("VIL-ROAD");
        countyResults.Should().ContainSingle().Which!["status"]!.GetValue<string>().Should().Be("MayExit");
    }

    [Fact]
    public async Task The_profiles_are_listed_and_one_profile_shows_every_parameter_with_its_citation()
    {
        using var client = factory.CreateClient();

        var list = await client.GetFromJsonAsync<JsonArray>("/profiles");
        var profile = JsonNode.Parse(await client.GetStringAsync("/profiles/CN-2016"))!;
        using var missing = await client.GetAsync("/profiles/CN-2030");

        list!.Should().Contain(p => p!["id"]!.GetValue<string>() == "CN-2016" && p["isDefault"]!.GetValue<bool>());
        profile["id"]!.GetValue<string>().Should().Be("CN-2016");
        profile.ToJsonString().Should().Contain("\"citation\"");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).Should().Contain("'CN-2030' is not a built-in profile");
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        using var client = factory.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo("/households/assess", "/villages/assess", "/counties/assess", "/profiles", "/profiles/{id}");
    }
}
