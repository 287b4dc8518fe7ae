using Lint.LanguageServer.Analysis;
using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Protocol;
using Lint.LanguageServer.Session;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace Lint.LanguageServer.Handlers;

/// <summary>
/// <c>workspace/didChangeWatchedFiles</c>: a changed rule or configuration file reloads the rules; a
/// changed story on disk can change corpus findings. Either way the open documents are linted again.
/// </summary>
public sealed class WorkspaceHandlers(ServerSession session, LintScheduler scheduler, IRuleSetProvider rules, ILogger logger)
{
    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (!session.Lifecycle.IsRunning)
        {
            return;
        }

        var paths = parameters.Changes.Select(c => DocumentUri.ToLocalPath(c.Uri)).OfType<string>().ToList();
        if (paths.Any(RuleFiles.IsRuleFile))
        {
            logger.LogInformation("Rule files changed ({Files}): reloading the rules.", string.Join(", ", paths.Where(RuleFiles.IsRuleFile)));
            rules.Reload();
        }

        if (paths.Count > 0)
        {
            scheduler.Request();
        }
    }
}
