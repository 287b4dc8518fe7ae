using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Workspace.Planning;

/// <summary>
/// What a run over files will do, decided before any article is read: the rules, the articles found that the
/// configuration does not ignore (in path order) with their settings, the settings of standard input, the
/// paths that do not exist, and how many article files were found in all (ignored ones included).
/// </summary>
public sealed record RunPlan(
    LoadedRules Rules,
    IReadOnlyList<PlannedArticle> Articles,
    ArticleSettings StdinSettings,
    IReadOnlyList<InputError> InputErrors,
    int Found);
