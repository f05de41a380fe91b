namespace NewsBot.Web;

/// <summary>Thrown from the connect callback when every address of a host is forbidden; becomes FetchStatus.Refused.</summary>
internal sealed class FetchRefusedException(string message) : Exception(message);
