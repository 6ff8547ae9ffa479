namespace Hotline.Portal.Jobs;

/// <summary>Progress of a job: the share done (0–1) and the stage it is in (a key the pages translate, see JobText).</summary>
public readonly record struct JobStep(double Fraction, string Stage);
