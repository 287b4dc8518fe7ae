namespace Lint.Server.Api;

/// <summary>The answer to a check: the story's format, its findings in text order, and how many of each severity.</summary>
public sealed record CheckResponse(string Format, IReadOnlyList<FindingJson> Findings, int Errors, int Warnings, int Suggestions);

/// <summary>
/// The answer to a fix: the fixed text, the fixes applied (rule and message, as found before each pass), and
/// the findings left in the fixed text (spans into it), which no fix covers or which a fix would overlap.
/// </summary>
public sealed record FixResponse(string Text, int Applied, IReadOnlyList<AppliedFixJson> Fixes, IReadOnlyList<FindingJson> Remaining);

/// <summary>A fix that was applied.</summary>
public sealed record AppliedFixJson(string Rule, string Message, string Title);

/// <summary>A rule as <c>GET /api/v1/rules</c> lists it, with whether the server's configuration has it on.</summary>
public sealed record RuleJson(string Id, string Style, string Kind, string Level, string Description, string? Link, bool Enabled);

/// <summary>The answer to the health check.</summary>
public sealed record HealthResponse(string Status, string Version, int Rules, IReadOnlyList<string> RuleErrors);
