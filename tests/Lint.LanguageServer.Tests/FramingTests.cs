using System.Text.Json;
using Lint.LanguageServer.Tests.Harness;
using Lint.LanguageServer.Transport;
using Microsoft.Extensions.Logging;

namespace Lint.LanguageServer.Tests;

/// <summary>
/// A header block the server cannot use is answered with a ParseError and skipped, and the next valid
/// message is served; a stream that ends inside a message ends the connection with the reason logged.
/// </summary>
public sealed class FramingTests
{
    [Theory]
    [InlineData("Content-Length: banana\r\n\r\n{}", "not a number of bytes")]
    [InlineData("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}", "no Content-Length header")]
    [InlineData("Content-Length: -5\r\n\r\n{}", "not a number of bytes")]
    [InlineData("Content-Length: 99999999999999999999999\r\n\r\n{}", "not a number of bytes")]
    [InlineData("Content-Length: 2000000000\r\n\r\n{}", "more than the")]
    [InlineData("a header line with no colon\r\n\r\n{}", "not 'Name: value'")]
    [InlineData("\r\n{}", "no Content-Length header")]
    public async Task A_malformed_header_gets_a_ParseError_and_the_next_request_is_served(string malformed, string reason)
    {
        await using var connection = new RawConnection(TestRules.Standard());

        await connection.SendRawAsync(malformed);
        var error = await connection.ReadErrorAsync();
        await connection.InitializeAsync();

        Assert.Equal(LspErrorCodes.ParseError, error.Error.GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.Id.ValueKind);
        Assert.Contains(reason, error.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(connection.Logs.Contains(LogLevel.Warning, "malformed header"));
    }

    [Fact]
    public async Task A_header_block_longer_than_the_limit_is_skipped_without_being_held()
    {
        await using var connection = new RawConnection(TestRules.Standard());

        await connection.SendRawAsync($"X-Padding: {new string('a', 3 * LspFrameReader.MaxHeaderBytes)}\r\n\r\n{{}}");
        var error = await connection.ReadErrorAsync();
        await connection.InitializeAsync();

        Assert.Contains("header block longer than", error.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_longer_than_the_message_limit_is_skipped_unread_and_the_next_request_is_served()
    {
        await using var connection = new RawConnection(TestRules.Standard(), LspTestClient.Fast with { MaxMessageBytes = 1_000 });
        var text = new string('x', 5_000);
        var body = JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = "file:///tmp/big.txt", languageId = "plaintext", version = 1, text } } });

        await connection.SendAsync(body);
        var error = await connection.ReadErrorAsync();
        await connection.InitializeAsync();

        Assert.Contains("more than the 1000 bytes", error.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_ending_in_a_bare_line_feed_are_read()
    {
        await using var connection = new RawConnection(TestRules.Standard());
        const string body = """{"jsonrpc":"2.0","id":4,"method":"initialize","params":{"processId":null,"capabilities":{}}}""";

        await connection.SendRawAsync($"Content-Length: {body.Length}\n\n{body}");
        var response = await connection.ReadResponseAsync();

        Assert.Equal(4, response.GetProperty("id").GetInt32());
        Assert.True(response.TryGetProperty("result", out _), $"initialize failed: {response}");
    }

    [Fact]
    public async Task A_body_shorter_than_stated_at_the_end_of_the_stream_ends_the_connection_with_the_reason()
    {
        await using var connection = new RawConnection(TestRules.Standard());
        await connection.InitializeAsync();

        await connection.SendRawAsync("Content-Length: 100\r\n\r\n{\"jsonrpc\"");
        await connection.CloseAsync();
        var exitCode = await connection.Running.WaitAsync(Eventually.Timeout);

        Assert.Equal(1, exitCode);
        Assert.True(connection.Logs.Contains(LogLevel.Warning, "ended 10 bytes into a body of 100 bytes"));
    }

    [Fact]
    public async Task A_stream_that_ends_inside_a_header_ends_the_connection_with_the_reason()
    {
        await using var connection = new RawConnection(TestRules.Standard());

        await connection.SendRawAsync("Content-Length: 1");
        await connection.CloseAsync();
        var exitCode = await connection.Running.WaitAsync(Eventually.Timeout);

        Assert.Equal(1, exitCode);
        Assert.True(connection.Logs.Contains(LogLevel.Warning, "ended inside a header block"));
    }
}
