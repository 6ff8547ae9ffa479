using Hotline.Portal.Hosting;

return args switch
{
    ["simulate", .. var simulate] => await AnalyticsSimulateCommand.RunAsync(simulate),
    ["report", .. var report] => await Hotline.Portal.Reports.ReportCommand.RunAsync(report),
    ["qa-worker", .. var qaWorker] => await Hotline.Portal.Qa.QaWorkerCommand.RunAsync(qaWorker),
    _ => await HotlineHost.RunAsync(args),
};
