using System.Text;
using Lint.Workspace.Findings;

namespace Lint.Cli.Reporting.Vale;

/// <summary>
/// Vale's <c>--output=JSON</c>: an object of file paths (sorted, as Go sorts map keys) to their alerts, each
/// with Vale's fields in Vale's order, indented by two spaces as Go's <c>json.MarshalIndent</c> does; <c>{}</c>
/// when there are no alerts.
/// </summary>
public sealed class ValeJsonReporter(Func<string, string> pathOf) : IReporter
{
    private readonly SortedDictionary<string, List<ValeAlert>> _files = new(StringComparer.Ordinal);
    private Stream? _output;

    public void Begin(Stream output, ReportStart start) => _output = output;

    public void Article(ArticleResult article)
    {
        if (article.Diagnostics.Count > 0)
        {
            _files[pathOf(article.Path)] = [.. article.Diagnostics.Select(d => ValeAlert.Of(d, article.Text))];
        }
    }

    public void End(ReportEnd end)
    {
        var json = new StringBuilder();
        if (_files.Count == 0)
        {
            json.Append("{}\n");
        }
        else
        {
            json.Append("{\n");
            foreach (var (path, alerts) in _files)
            {
                json.Append("  ").Append(GoJson.String(path)).Append(": [\n");
                json.AppendJoin(",\n", alerts.Select(Alert)).Append('\n');
                json.Append("  ]").Append(path == _files.Keys.Last() ? "\n" : ",\n");
            }

            json.Append("}\n");
        }

        var output = _output ?? throw new InvalidOperationException("Begin was not called.");
        output.Write(new UTF8Encoding(false).GetBytes(json.ToString()));
        output.Flush();
    }

    private static string Alert(ValeAlert alert)
    {
        var @params = alert.ActionParams is null
            ? "null"
            : "[\n" + string.Join(",\n", alert.ActionParams.Select(p => "          " + GoJson.String(p))) + "\n        ]";
        return $$"""
                {
                  "Action": {
                    "Name": {{GoJson.String(alert.ActionName)}},
                    "Params": {{@params}}
                  },
                  "Span": [
                    {{alert.Start}},
                    {{alert.End}}
                  ],
                  "Check": {{GoJson.String(alert.Check)}},
                  "Description": {{GoJson.String(alert.Description)}},
                  "Link": {{GoJson.String(alert.Link)}},
                  "Message": {{GoJson.String(alert.Message)}},
                  "Severity": {{GoJson.String(alert.Severity)}},
                  "Match": {{GoJson.String(alert.Match)}},
                  "Line": {{alert.Line}}
                }
            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
