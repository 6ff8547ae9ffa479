using Hotline.Portal.Hosting;

return await HotlineHost.RunAsync(args);
