using System.Diagnostics.CodeAnalysis;

// The citizen site lives in the folder the design names "Public"; its namespaces follow the folder. The portal is a host, not a
// library other .NET languages compile against, so the clash with Visual Basic's keyword costs nobody anything.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:Hotline.Portal.Public", Justification = "Folder name fixed by the design; host assembly.")]
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:Hotline.Portal.Public.Captcha", Justification = "Folder name fixed by the design; host assembly.")]
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:Hotline.Portal.Public.Notices", Justification = "Folder name fixed by the design; host assembly.")]
