using Lint.LanguageServer.Tests.Harness;

namespace Lint.LanguageServer.Tests;

/// <summary>LSP counts 0-based lines and UTF-16 code units: CRLF, CJK and emoji must all come out exact.</summary>
public sealed class PositionTests
{
    private const string Uri = "file:///tmp/unicode.txt";

    [Fact]
    public async Task Findings_after_CJK_and_emoji_on_CRLF_lines_have_exact_UTF16_positions()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);

        await client.OpenAsync(Uri, "習近平 said teh.\r\n😀😀 very 鵝鑾鼻 teh\r\n");
        var diagnostics = await client.DiagnosticsAsync(Uri, 1);

        // "習近平 said " is 9 UTF-16 units; "😀😀 " is 5 (each emoji is a surrogate pair); "very 鵝鑾鼻 " adds 9.
        Assert.Equal(["Test.Typo@0:9-0:12", "Test.Hedge@1:5-1:9", "Test.Typo@1:14-1:17"], Json.Summary(diagnostics));
    }

    [Fact]
    public async Task An_incremental_edit_after_an_emoji_on_a_CRLF_line_lands_where_the_client_meant()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        await client.OpenAsync(Uri, "First line\r\n🎉 x 世界\r\nlast");
        await client.DiagnosticsAsync(Uri, 1);

        await client.ChangeAsync(Uri, 2, LspTestClient.Change(1, 3, 1, 4, "teh"));
        var diagnostics = await client.DiagnosticsAsync(Uri, 2);

        var typo = Assert.Single(diagnostics.EnumerateArray());
        Assert.Equal("1:3-1:6", Json.Range(typo.GetProperty("range")));
        var edit = Assert.Single(typo.GetProperty("data").GetProperty("edits").EnumerateArray());
        Assert.Equal("1:3-1:6", Json.Range(edit.GetProperty("range")));
    }
}
