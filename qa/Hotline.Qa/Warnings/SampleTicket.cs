namespace Hotline.Qa.Warnings;

/// <summary>A ticket behind an alert, for the reader to open.</summary>
/// <param name="Number">The ticket number.</param>
/// <param name="Subcategory">Its sub-category.</param>
/// <param name="Text">The citizen's account (shortened).</param>
public sealed record SampleTicket(string Number, string Subcategory, string Text);
