using System.Text.Json;
using Lint.LanguageServer.Session;

namespace Lint.LanguageServer.Tests.Session;

public sealed class ClientFeaturesTests
{
    [Fact]
    public void A_client_that_declares_nothing_gets_pushed_diagnostics_and_plain_edits()
    {
        Assert.Equal(ClientFeatures.None, ClientFeatures.Read(null));
        Assert.Equal(ClientFeatures.None, Read("{}"));
        Assert.Equal(ClientFeatures.None, Read("""{"textDocument":{"diagnostic":true},"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":"yes"}}}"""));
    }

    [Fact]
    public void Each_capability_is_read_from_its_own_place()
    {
        Assert.Equal(new ClientFeatures(true, false, false, false), Read("""{"textDocument":{"diagnostic":{}}}"""));
        Assert.Equal(new ClientFeatures(false, true, false, false), Read("""{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}}}"""));
        Assert.Equal(new ClientFeatures(false, false, true, false), Read("""{"workspace":{"workspaceEdit":{"documentChanges":true}}}"""));
        Assert.Equal(new ClientFeatures(false, false, false, true), Read("""{"workspace":{"diagnostics":{"refreshSupport":true}}}"""));
    }

    private static ClientFeatures Read(string json) => ClientFeatures.Read(JsonDocument.Parse(json).RootElement.Clone());
}
