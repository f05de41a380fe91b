return await NewsBot.Cli.EntryPoint.RunAsync(args);
