# syntax=docker/dockerfile:1
# Multi-stage build: the .NET 10 SDK builds, the ASP.NET Core runtime image runs (Kestrel serves health,
# metrics and webhooks). Config is read from /app/config (mount your own); data lives in the /app/data volume.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props NewsBot.sln ./
COPY src/NewsBot.Core/NewsBot.Core.csproj src/NewsBot.Core/
COPY src/NewsBot/NewsBot.csproj src/NewsBot/
RUN dotnet restore src/NewsBot/NewsBot.csproj
COPY src/ src/
RUN dotnet publish src/NewsBot/NewsBot.csproj -c Release -o /out --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out ./
COPY config/ /app/config/
RUN mkdir -p /app/data && chown -R app:app /app/data
ENV NEWSBOT_CONFIG=/app/config \
    Storage__DataDirectory=/app/data \
    Health__Port=8080 \
    Health__Address=0.0.0.0
USER app
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["dotnet", "/app/newsbot.dll", "healthcheck", "--url", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "/app/newsbot.dll"]
CMD ["run"]
