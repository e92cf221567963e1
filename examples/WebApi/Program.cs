// PovertyRules behind HTTP, the way a provincial poverty information system would take it: the engine from dependency
// injection, JSON in the model's schema (camelCase, enums by name), problem details naming the field for bad input,
// request size limits, an OpenAPI document at /openapi/v1.json.
using System.Text.Json.Serialization;
using PovertyRules.Assessment;
using PovertyRules.Extensions.DependencyInjection;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.WebApi;

var builder = WebApplication.CreateBuilder(args);
var limits = builder.Configuration.GetSection("Limits").Get<RequestLimits>() ?? new RequestLimits();
builder.Services.AddSingleton(limits);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBytes);
builder.Services.AddPovertyRules(options => builder.Configuration.GetSection("PovertyRules").Bind(options));
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();

app.MapPost("/households/assess", async (HttpRequest request, string? profile, PovertyRulesEngine engine, PovertyRulesDefaults defaults, RequestLimits limits) =>
    {
        if (Profiles.Resolve(profile, defaults) is not { } chosen)
        {
            return Profiles.Unknown(profile!);
        }

        var (households, many, problem) = await JsonBody.Read<Household>(request, limits);
        if (problem is not null)
        {
            return problem;
        }

        var results = engine.AssessMany(households!, chosen, defaults.Bulk, request.HttpContext.RequestAborted).Select(AssessmentResponse.Of).ToList();
        return many ? Results.Ok(results) : Results.Ok(results[0]);
    })
    .WithSummary("Assesses one household (a JSON object) or several (an array) for poverty exit")
    .WithDescription("Optional query parameter profile: a built-in profile id (GET /profiles); default the configured one. Every record gives one result, in order; a malformed record gives status InvalidInput with its errors.")
    .Accepts<Household>("application/json")
    .Produces<AssessmentResponse>()
    .ProducesValidationProblem()
    .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

app.MapPost("/villages/assess", async (HttpRequest request, string? profile, PovertyRulesEngine engine, PovertyRulesDefaults defaults, RequestLimits limits) =>
    {
        if (Profiles.Resolve(profile, defaults) is not { } chosen)
        {
            return Profiles.Unknown(profile!);
        }

        var (villages, many, problem) = await JsonBody.Read<Village>(request, limits);
        if (problem is not null)
        {
            return problem;
        }

        var results = villages!.Select(v => AssessmentResponse.Of(engine.AssessVillage(v, chosen))).ToList();
        return many ? Results.Ok(results) : Results.Ok(results[0]);
    })
    .WithSummary("Assesses one village (a JSON object) or several (an array) for delisting, from their recorded figures")
    .Accepts<Village>("application/json")
    .Produces<AssessmentResponse>()
    .ProducesValidationProblem()
    .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

app.MapPost("/counties/assess", async (HttpRequest request, string? profile, PovertyRulesEngine engine, PovertyRulesDefaults defaults, RequestLimits limits) =>
    {
        if (Profiles.Resolve(profile, defaults) is not { } chosen)
        {
            return Profiles.Unknown(profile!);
        }

        var (counties, many, problem) = await JsonBody.Read<County>(request, limits);
        if (problem is not null)
        {
            return problem;
        }

        var results = counties!.Select(c => AssessmentResponse.Of(engine.AssessCounty(c, chosen))).ToList();
        return many ? Results.Ok(results) : Results.Ok(results[0]);
    })
    .WithSummary("Assesses one county (a JSON object) or several (an array) for de-capping, from their recorded figures")
    .Accepts<County>("application/json")
    .Produces<AssessmentResponse>()
    .ProducesValidationProblem()
    .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

app.MapGet("/profiles", (PovertyRulesDefaults defaults) =>
        Results.Ok(PolicyProfiles.All.Select(p => new ProfileSummary(p.Id, p.Name, p.Id == defaults.Profile.Id))))
    .WithSummary("Lists the built-in policy profiles")
    .Produces<IReadOnlyList<ProfileSummary>>();

app.MapGet("/profiles/{id}", (string id) =>
        PolicyProfiles.Find(id) is { } profile
            ? Results.Text(ProfileJson.Save(profile), "application/json")
            : Profiles.NotFound(id))
    .WithSummary("One policy profile with every parameter's value, unit, citation and verified flag")
    .Produces(StatusCodes.Status200OK, contentType: "application/json")
    .ProducesProblem(StatusCodes.Status404NotFound);

app.Run();

/// <summary>The web API's entry point (public for its tests' WebApplicationFactory).</summary>
public partial class Program;
