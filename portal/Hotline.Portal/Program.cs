using Hotline.Portal.Hosting;

return args is ["simulate", .. var simulate]
    ? await AnalyticsSimulateCommand.RunAsync(simulate)
    : await HotlineHost.RunAsync(args);
