using Lint.Diagnostics;

namespace Lint.Workspace.Reporting;

/// <summary>What a report knows before its first article: the rules of the run, and whether findings are compared with a baseline.</summary>
public sealed record ReportStart(IReadOnlyList<DiagnosticDescriptor> Rules, bool HasBaseline);
