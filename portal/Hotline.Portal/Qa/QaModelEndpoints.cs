using Hotline.Qa.Hosting;

namespace Hotline.Portal.Qa;

/// <summary>The quality model's operations: its versions and held-out metrics, and retraining on inspectors' corrected scores with progress.</summary>
public static class QaModelEndpoints
{
    /// <summary>Maps <c>/model</c> and <c>/model/retrain</c> on the QA group.</summary>
    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/model", (QaPipeline qa) => Describe(qa))
            .WithName("GetQaModel").WithSummary("The model version in use with its held-out metrics, the saved versions, and the training run's progress");
        group.MapPost("/model/retrain", (QaPipeline qa) =>
            {
                var items = qa.Scorecards.Latest(qa.Settings.Scorecard).Items.Select(i => i.Id).ToList();
                return qa.Model.TryStartRetraining(qa.Reviews, qa.Scores, items)
                    ? Results.Accepted($"{QaEndpoints.Prefix}/model", Describe(qa))
                    : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "A training run is already going",
                        detail: $"Stage {qa.Model.Progress?.Stage}, {qa.Model.Progress?.Fraction:P0} done; poll {QaEndpoints.Prefix}/model.");
            })
            .WithName("RetrainQaModel").WithSummary("Starts training a new model version on every finished review (202; poll GET /model for progress)")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static QaModelResponse Describe(QaPipeline qa) =>
        new(qa.Model.Current?.Info, qa.Models.Versions(), qa.Model.Training, qa.Model.Progress, qa.Model.LastError);
}
