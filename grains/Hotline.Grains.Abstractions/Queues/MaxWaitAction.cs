namespace Hotline.Grains.Abstractions.Queues;

/// <summary>What happens to a caller who has waited the queue's maximum time.</summary>
[GenerateSerializer]
public enum MaxWaitAction
{
    Voicemail,
    CallbackOffer,
}
